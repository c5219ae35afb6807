package org.zielbild.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.zielbild.domain.Message;
import org.zielbild.session.OpenSession;
import org.zielbild.session.SessionService;
import org.zielbild.session.SessionUnavailableException;

/**
 * Opens a session folder for work: takes its lock, reads it (refusing damage and newer versions,
 * without writing anything then), compacts what the journal held into a fresh snapshot, and starts
 * the journal's writer.
 */
final class SessionOpener {

    private final StoreCodec codec;
    private final SessionReader reader;
    private final Refusals refusals;
    private final FileOps ops;
    private final JournalPolicy policy;
    private final Clock clock;
    private final FileJournal.Rescue rescue;

    SessionOpener(StoreCodec codec, SessionReader reader, Refusals refusals, FileOps ops, JournalPolicy policy,
                  Clock clock, FileJournal.Rescue rescue) {
        this.codec = codec;
        this.reader = reader;
        this.refusals = refusals;
        this.ops = ops;
        this.policy = policy;
        this.clock = clock;
        this.rescue = rescue;
    }

    /** @param title how the user knows the session, for refusals before its files are read */
    OpenSession open(Path folder, Executor callbacks, String title) throws SessionUnavailableException {
        SessionFiles files = SessionFiles.existing(folder);
        SessionLock lock = SessionLock.acquire(files, clock, title);
        try {
            files.deleteTempFiles();
            SessionReader.Contents contents = reader.read(files);
            if (!contents.clean()) {
                throw refusals.damaged(contents, title);
            }
            Snapshot snapshot = contents.snapshot().orElseThrow();
            Replay replay = contents.replay().orElseThrow();
            SnapshotWriter snapshots = new SnapshotWriter(files, codec, ops, clock);
            snapshots.assumeInstalled(snapshot.seq());
            List<Message> notes = new ArrayList<>();
            if (contents.journalLines() > 0 || snapshot.schemaVersion() < codec.currentVersion()) {
                Path kept = compactOnOpen(files, snapshots, replay);
                if (replay.torn()) {
                    notes.add(Message.of("store.note.torn", kept.toString()));
                }
            }
            FileJournal journal = new FileJournal(files, codec, ops, snapshots, policy, replay.state().seq(), rescue);
            SessionService service = new SessionService(replay.state(), journal, callbacks, clock);
            journal.start(service::state);
            return new StoredSession(service, lock, notes, files.folder().toString(),
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
     * file in place, so a torn journal stays available for inspection).
     *
     * @return where the old journal was kept
     */
    private Path compactOnOpen(SessionFiles files, SnapshotWriter snapshots, Replay replay) throws IOException {
        snapshots.write(replay.state());
        ops.createDirectories(files.backups());
        Path kept = Backups.journalName(files, clock.instant(), replay.torn() ? "torn" : "replayed");
        if (Files.exists(files.journal())) {
            ops.linkOrCopy(files.journal(), kept);
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
}
