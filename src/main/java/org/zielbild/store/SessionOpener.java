package org.zielbild.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.concurrent.Executor;
import org.zielbild.domain.Message;
import org.zielbild.session.OpenSession;
import org.zielbild.session.RescueCopy;
import org.zielbild.session.SessionService;
import org.zielbild.session.SessionUnavailableException;

/**
 * Opens a session folder for work: takes its lock, reads it (refusing damage and newer versions,
 * without writing anything then), compacts what the journal held into a fresh snapshot, and starts
 * the journal's writer.
 */
final class SessionOpener {

    private static final Logger LOG = LoggerFactory.getLogger(SessionOpener.class);

    private final StoreCodec codec;
    private final SessionReader reader;
    private final Refusals refusals;
    private final FileOps ops;
    private final JournalPolicy policy;
    private final Clock clock;
    private final SessionExports exports;

    SessionOpener(StoreCodec codec, SessionReader reader, Refusals refusals, FileOps ops, JournalPolicy policy,
                  Clock clock, SessionExports exports) {
        this.codec = codec;
        this.reader = reader;
        this.refusals = refusals;
        this.ops = ops;
        this.policy = policy;
        this.clock = clock;
        this.exports = exports;
    }

    /** @param fallbackTitle how the user knows the session when its snapshot does not say (refusals) */
    OpenSession open(Path folder, Executor callbacks, String fallbackTitle) throws SessionUnavailableException {
        SessionFiles files = SessionFiles.existing(folder);
        String title = SnapshotHeader.read(files.snapshot()).map(SnapshotHeader::title).orElse(fallbackTitle);
        SessionLock lock = SessionLock.acquire(files, clock, title, ops);
        Instant lastWritten = lastWritten(files);
        try {
            SessionReader.Contents contents = reader.read(files);
            if (!contents.clean()) {
                throw refusals.damaged(contents, title);
            }
            Snapshot snapshot = contents.snapshot().orElseThrow();
            Replay replay = contents.replay().orElseThrow();
            String name = snapshot.session().info().title();
            files.deleteTempFiles();
            SnapshotWriter snapshots = new SnapshotWriter(files, codec, ops, clock, lock);
            snapshots.assumeInstalled(snapshot.seq());
            List<Message> notes = new ArrayList<>();
            boolean repaired = !contents.repairs().isEmpty();
            if (contents.journalLines() > 0 || snapshot.schemaVersion() < codec.currentVersion() || repaired) {
                Path kept = compactOnOpen(files, snapshots, replay, name);
                if (replay.torn()) {
                    notes.add(Message.of("store.note.torn", kept.toString()));
                }
            }
            if (repaired) {
                contents.repairs().forEach(r -> notes.add(Message.of("store.note.repaired", files.snapshot().toString(), r)));
                notes.add(Message.of("store.note.repairedKept", files.backups().toString()));
            }
            AtomicReference<Path> chosenRescueFolder = new AtomicReference<>();
            FileJournal.Rescue rescue = state -> {
                try {
                    exports.rescue(state, files.folder(), chosenRescueFolder.get());
                } catch (SessionUnavailableException e) {
                    LOG.error("no rescue copy of {} could be written: {}", files.folder(), e.userMessage(), e);
                }
            };
            FileJournal journal = new FileJournal(files, codec, ops, snapshots, policy, replay.state().seq(), rescue, lock,
                    clock);
            SessionService service = new SessionService(replay.state(), journal, callbacks, clock);
            journal.start(service::state);
            List<RescueCopy> newer = exports.newerCopies(replay.state().session().id(), lastWritten);
            return new StoredSession(service, lock, notes, files.folder(), journal, exports, chosenRescueFolder, newer,
                    new FolderAttachments(files.folder(), ops));
        } catch (NewerSchemaException e) {
            lock.close();
            throw refusals.newer(title, e);
        } catch (IOException e) {
            lock.close();
            throw new SessionUnavailableException(IoMessages.of(e, files.folder()), e);
        } catch (SessionUnavailableException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Opening with journal lines: a fresh snapshot of the replayed state, and a new empty journal.
     * The old snapshot and journal are kept, byte for byte, in backups/ (opening never changes a
     * file in place, so a torn journal stays available for inspection). Both go to backups/ before
     * anything is replaced: when backups/ cannot take them, the opening is refused and no file has
     * changed (0022).
     *
     * @return where the old journal was kept
     */
    private Path compactOnOpen(SessionFiles files, SnapshotWriter snapshots, Replay replay, String title)
            throws IOException, SessionUnavailableException {
        boolean madeBackups = !Files.isDirectory(files.backups());
        Path kept = Backups.journalName(files, clock.instant(), replay.torn() ? "torn" : "replayed");
        boolean journalKept = false;
        try {
            Backups.ensureFolder(files, ops);
            if (Files.exists(files.journal())) {
                ops.linkOrCopy(files.journal(), kept);
                journalKept = true;
            }
            snapshots.write(replay.state(), SnapshotWriter.Backup.REQUIRED);
        } catch (IOException e) {
            undo(kept, journalKept, madeBackups ? files.backups() : null);
            throw new SessionUnavailableException(Message.of("store.open.notWritten", title,
                    IoMessages.of(e, failingFolder(e, files))), e);
        }
        Path empty = files.tempFor(files.journal());
        try (FileChannel ch = ops.createNew(empty)) {
            ch.force(true);
        }
        AtomicReplace.move(ops, empty, files.journal());
        ops.forceDirectory(files.folder());
        Backups.prune(files, ops);
        return kept;
    }

    /**
     * When the folder last saved a change, by its content (the snapshot's time, the journal's last
     * line), not the files' times: a write that failed on a full disk still touches them.
     */
    private static Instant lastWritten(SessionFiles files) {
        Instant saved = SnapshotHeader.read(files.snapshot()).map(SnapshotHeader::savedAt).orElse(null);
        Instant line = ForeignWrites.lastLineTime(files.journal()).orElse(null);
        return saved == null ? line : line == null || saved.isAfter(line) ? saved : line;
    }

    /** A refused opening takes back what it added to backups/. */
    private void undo(Path kept, boolean journalKept, Path madeFolder) {
        try {
            if (journalKept) {
                ops.delete(kept);
            }
            if (madeFolder != null) {
                Files.deleteIfExists(madeFolder);
            }
        } catch (IOException e) {
            // an extra backup or an empty backups/ folder harms nothing
        }
    }

    /** The folder the failing file is in (e.g. backups/), so the message names the place that refused. */
    private static Path failingFolder(IOException e, SessionFiles files) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            Path file = Path.of(f.getFile()).toAbsolutePath().normalize();
            if (file.startsWith(files.folder()) && !file.equals(files.folder())) {
                return Files.isDirectory(file) ? file : file.getParent();
            }
        }
        return files.folder();
    }
}
