package org.zielbild.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.EditSessionInfo;
import org.zielbild.domain.Ids;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.session.OpenSession;
import org.zielbild.session.RecoveryOption;
import org.zielbild.session.SessionDamagedException;
import org.zielbild.session.SessionLibrary;
import org.zielbild.session.SessionService;
import org.zielbild.session.SessionState;
import org.zielbild.session.SessionSummary;
import org.zielbild.session.SessionUnavailableException;

/**
 * The sessions in a workspace folder, one folder per session ({@code session.json},
 * {@code journal.jsonl}, {@code backups/}, a lock). Every change is journaled as it happens;
 * see docs/store.md for the layout and the guarantees.
 */
public final class WorkspaceSessionLibrary implements SessionLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceSessionLibrary.class);
    private static final String NEW_PREFIX = ".new-";
    /** Far above any real session (5,000 notes are about 1 MB); a bigger file is something else. */
    private static final long MAX_IMPORT_BYTES = 256L << 20;

    private final Path workspace;
    private final Clock clock;
    private final FileOps ops;
    private final JournalPolicy policy;
    private final Trash trash;
    private final Path rescueFolder;
    private final StoreCodec codec;
    private final SessionReader reader;

    /**
     * @param rescueFolder where a copy goes when a session is closed while its folder cannot be written
     */
    public WorkspaceSessionLibrary(Path workspace, Path rescueFolder, Clock clock) {
        this(workspace, rescueFolder, clock, FileOps.REAL, JournalPolicy.DEFAULT, new SystemTrash(), Migrations.standard());
    }

    WorkspaceSessionLibrary(Path workspace, Path rescueFolder, Clock clock, FileOps ops, JournalPolicy policy, Trash trash,
                            Migrations migrations) {
        this.workspace = workspace.toAbsolutePath().normalize();
        this.rescueFolder = rescueFolder;
        this.clock = clock;
        this.ops = ops;
        this.policy = policy;
        this.trash = trash;
        this.codec = new StoreCodec(migrations);
        this.reader = new SessionReader(codec);
    }

    public Path workspace() {
        return workspace;
    }

    // ------------------------------------------------------------------ list

    @Override
    public List<SessionSummary> list() {
        if (!Files.isDirectory(workspace)) {
            return List.of();
        }
        List<SessionSummary> out = new ArrayList<>();
        try (Stream<Path> folders = Files.list(workspace)) {
            folders.filter(Files::isDirectory)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .map(SessionFiles::new)
                    .filter(SessionFiles::looksLikeSession)
                    .forEach(f -> out.add(summary(f)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        out.sort(Comparator.comparing(SessionSummary::lastChange, Comparator.nullsLast(Comparator.reverseOrder())));
        return out;
    }

    /** Title and date from the snapshot's start; a journal with changes is replayed, so a new title shows. */
    private SessionSummary summary(SessionFiles files) {
        Instant lastChange = Stream.of(files.snapshot(), files.journal())
                .map(WorkspaceSessionLibrary::modified).flatMap(Optional::stream).max(Comparator.naturalOrder()).orElse(null);
        String location = files.folder().toString();
        String fallback = files.folder().getFileName().toString();
        if (size(files.journal()) > 0) {
            try {
                SessionReader.Contents c = reader.read(files);
                if (c.replay().isPresent()) {
                    Session s = c.replay().get().state().session();
                    return new SessionSummary(s.id(), s.info().title(), s.info().date(), lastChange, location);
                }
            } catch (NewerSchemaException e) {
                LOG.debug("{} is from a newer version", files.folder());
            }
        }
        return SnapshotHeader.read(files.snapshot())
                .map(h -> new SessionSummary(h.id(), h.title(), h.date(), lastChange, location))
                .orElseGet(() -> new SessionSummary(fallback, fallback, null, lastChange, location));
    }

    private static Optional<Instant> modified(Path file) {
        try {
            return Optional.of(Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    // ------------------------------------------------------------------ create / open

    @Override
    public OpenSession create(Session session, Executor callbacks) throws SessionUnavailableException {
        Path folder = writeNew(SessionState.fresh(session));
        return openFolder(folder, callbacks, session.info().title());
    }

    @Override
    public OpenSession open(SessionSummary summary, Executor callbacks) throws SessionUnavailableException {
        return openFolder(Path.of(summary.location()), callbacks, summary.title());
    }

    @Override
    public OpenSession openFolder(Path folder, Executor callbacks) throws SessionUnavailableException {
        return openFolder(folder, callbacks, folder.getFileName() == null ? folder.toString() : folder.getFileName().toString());
    }

    private OpenSession openFolder(Path folder, Executor callbacks, String title) throws SessionUnavailableException {
        SessionFiles files = sessionFiles(folder);
        SessionLock lock = SessionLock.acquire(files, clock, title);
        try {
            files.deleteTempFiles();
            SessionReader.Contents contents = reader.read(files);
            if (!contents.clean()) {
                throw damaged(contents, title);
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
            FileJournal journal = new FileJournal(files, codec, ops, snapshots, policy, replay.state().seq(), this::rescue);
            SessionService service = new SessionService(replay.state(), journal, callbacks, clock);
            journal.start(service::state);
            return new StoredSession(service, lock, notes, files.folder().toString());
        } catch (NewerSchemaException e) {
            lock.close();
            throw new SessionUnavailableException(Message.of("store.open.newer", title, e.version(), codec.currentVersion()), e);
        } catch (IOException e) {
            lock.close();
            throw new SessionUnavailableException(IoMessages.of(e, files.folder()), e);
        } catch (SessionUnavailableException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static SessionFiles sessionFiles(Path folder) throws SessionUnavailableException {
        SessionFiles files = new SessionFiles(folder.toAbsolutePath().normalize());
        if (!Files.isDirectory(files.folder())) {
            throw new SessionUnavailableException(Message.of("error.session.notFound", files.folder().toString()));
        }
        if (!files.looksLikeSession()) {
            throw new SessionUnavailableException(Message.of("store.open.notSession", files.folder().toString()));
        }
        return files;
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

    private SessionDamagedException damaged(SessionReader.Contents contents, String fallbackTitle) {
        String title = contents.snapshot().map(s -> s.session().info().title()).orElse(fallbackTitle);
        String source = contents.files().folder().toString();
        List<RecoveryOption> options = new ArrayList<>();
        contents.replay().ifPresent(r -> options.add(new RecoveryOption(RecoveryOption.Kind.JOURNAL, r.applied() == 0
                ? Message.of("store.recover.snapshot", when(contents.snapshot().get().savedAt()))
                : Message.of("store.recover.journal", when(r.lastAt()), r.applied()),
                r.state(), source)));
        reader.newestGoodBackup(contents.files()).ifPresent(b -> {
            boolean sameAsJournal = options.stream().anyMatch(o -> o.state().equals(b.state()));
            if (!sameAsJournal) {
                options.add(new RecoveryOption(RecoveryOption.Kind.BACKUP,
                        Message.of("store.recover.backup", when(b.lastAt())), b.state(), source));
            }
        });
        List<Message> problems = contents.damage().stream().map(Damage::message).toList();
        LOG.warn("session {} is damaged: {}", source, contents.damage());
        return new SessionDamagedException(Message.of("store.open.damaged", title, source), problems, options, source);
    }

    /** A moment for a message: the UI formats it in its language. */
    private static java.util.Date when(Instant at) {
        return java.util.Date.from(at == null ? Instant.EPOCH : at);
    }

    @Override
    public OpenSession openRecovered(RecoveryOption option, String newTitle, Executor callbacks)
            throws SessionUnavailableException {
        SessionState recovered = option.state();
        Session session = retitled(Copies.withId(recovered.session(), Ids.newId()), newTitle);
        Path folder = writeNew(new SessionState(session, recovered.history(), recovered.seq()));
        LOG.info("recovered {} from {} into {}", option.kind(), option.source(), folder);
        return openFolder(folder, callbacks, newTitle);
    }

    // ------------------------------------------------------------------ manage

    @Override
    public SessionSummary duplicate(SessionSummary source, String newTitle) throws SessionUnavailableException {
        Session original = readClean(sessionFiles(Path.of(source.location())), source.title());
        Session copy = retitled(Copies.withId(original, Ids.newId()), newTitle);
        return summary(new SessionFiles(writeNew(SessionState.fresh(copy))));
    }

    @Override
    public void rename(SessionSummary session, String newTitle) throws SessionUnavailableException {
        try (OpenSession open = openFolder(Path.of(session.location()), Runnable::run, session.title())) {
            SessionService service = open.service();
            service.apply(new EditSessionInfo(Copies.withTitle(service.session().info(), newTitle)));
        } catch (DomainException e) {
            throw new SessionUnavailableException(e.userMessage(), e);
        }
    }

    @Override
    public boolean deleteMovesToTrash() {
        return trash.movesToTrash();
    }

    @Override
    public void delete(SessionSummary session) throws SessionUnavailableException {
        SessionFiles files = sessionFiles(Path.of(session.location()));
        // Only a session nobody has open may go; the lock is released again before the folder moves.
        SessionLock.acquire(files, clock, session.title()).close();
        try {
            trash.remove(files.folder());
            LOG.info("session {} removed ({})", files.folder(), trash.movesToTrash() ? "to the trash" : "deleted");
        } catch (IOException e) {
            throw new SessionUnavailableException(Message.of("store.delete.failed", session.title(),
                    IoMessages.of(e, files.folder())), e);
        }
    }

    @Override
    public void exportTo(SessionSummary session, Path file) throws SessionUnavailableException {
        Session s = readClean(sessionFiles(Path.of(session.location())), session.title());
        try {
            byte[] bytes = codec.export(new SessionExport(SessionExport.FORMAT, codec.currentVersion(), clock.instant(), s));
            Path target = file.toAbsolutePath();
            writeAtomically(target, bytes);
        } catch (IOException e) {
            throw new SessionUnavailableException(Message.of("store.export.failed", file.toString(),
                    IoMessages.of(e, file.toAbsolutePath().getParent())), e);
        }
    }

    @Override
    public SessionSummary importFrom(Path file) throws SessionUnavailableException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_IMPORT_BYTES) {
                throw new SessionUnavailableException(Message.of("store.import.unreadable", file.toString(),
                        Message.of("store.damage.notSession")));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SessionUnavailableException(Message.of("error.session.notFound", file.toString()), e);
        } catch (IOException e) {
            throw new SessionUnavailableException(Message.of("store.import.unreadable", file.toString(),
                    Message.of("store.damage.unreadable", String.valueOf(e.getMessage()))), e);
        }
        Session session;
        try {
            session = codec.readImport(bytes).session();
        } catch (Unreadable e) {
            LOG.info("cannot import {}", file, e);
            throw new SessionUnavailableException(Message.of("store.import.unreadable", file.toString(), e.reason()), e);
        } catch (NewerSchemaException e) {
            throw new SessionUnavailableException(Message.of("store.open.newer", file.getFileName().toString(),
                    e.version(), codec.currentVersion()), e);
        }
        String id = session.id();
        if (list().stream().anyMatch(s -> s.id().equals(id))) {
            session = Copies.withId(session, Ids.newId()); // imported twice: both copies stay apart
        }
        return summary(new SessionFiles(writeNew(SessionState.fresh(session))));
    }

    // ------------------------------------------------------------------ helpers

    /** A session as stored, without locking (it may be open elsewhere); refused when damaged. */
    private Session readClean(SessionFiles files, String title) throws SessionUnavailableException {
        try {
            SessionReader.Contents c = reader.read(files);
            if (!c.clean()) {
                throw damaged(c, title);
            }
            return c.replay().orElseThrow().state().session();
        } catch (NewerSchemaException e) {
            throw new SessionUnavailableException(Message.of("store.open.newer", title, e.version(), codec.currentVersion()), e);
        }
    }

    private static Session retitled(Session session, String newTitle) throws SessionUnavailableException {
        try {
            return new EditSessionInfo(Copies.withTitle(session.info(), newTitle)).apply(session);
        } catch (DomainException e) {
            throw new SessionUnavailableException(e.userMessage(), e);
        }
    }

    /**
     * A new session folder, complete or not at all: written under a hidden name, forced, then renamed
     * into place.
     */
    private Path writeNew(SessionState state) throws SessionUnavailableException {
        Session session = state.session();
        Path folder = FolderNames.newFolder(workspace, session.info().title(), session.id());
        Path building = workspace.resolve(NEW_PREFIX + session.id() + "-" + Long.toHexString(System.nanoTime()));
        try {
            ops.createDirectories(building);
            SessionFiles files = new SessionFiles(building);
            new SnapshotWriter(files, codec, ops, clock).write(state);
            try (FileChannel journal = ops.createNew(files.journal())) {
                journal.force(true);
            }
            ops.forceDirectory(building);
            ops.atomicMove(building, folder);
            ops.forceDirectory(workspace);
            return folder;
        } catch (IOException e) {
            try {
                if (Files.exists(building)) {
                    SystemTrash.deleteTree(building);
                }
            } catch (IOException cleanup) {
                LOG.debug("could not clean up {}", building, cleanup);
            }
            throw new SessionUnavailableException(Message.of("store.create.failed", IoMessages.of(e, workspace)), e);
        }
    }

    private void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path dir = target.getParent();
        ops.createDirectories(dir);
        Path temp = dir.resolve(target.getFileName() + "." + Long.toHexString(System.nanoTime()) + SessionFiles.TEMP_SUFFIX);
        try {
            try (FileChannel ch = ops.createNew(temp)) {
                SnapshotWriter.writeFully(ch, ByteBuffer.wrap(bytes));
                ch.force(true);
            }
            AtomicReplace.move(ops, temp, target);
            ops.forceDirectory(dir);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /** Closing while the session folder cannot be written: keep a copy elsewhere rather than lose it. */
    private void rescue(SessionState state) {
        Session s = state.session();
        String name = FolderNames.slug(s.info().title()) + "-" + s.id() + "-"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneId.systemDefault()).format(clock.instant())
                + ".zielbild.json";
        for (Path dir : List.of(rescueFolder, Path.of(System.getProperty("java.io.tmpdir")))) {
            try {
                writeAtomically(dir.resolve(name), codec.export(new SessionExport(SessionExport.FORMAT,
                        codec.currentVersion(), clock.instant(), s)));
                LOG.error("session {} could not be written to its folder; a copy was saved to {} (import it from the start screen)",
                        s.id(), dir.resolve(name));
                return;
            } catch (IOException | RuntimeException e) {
                LOG.error("could not write a rescue copy to {}", dir, e);
            }
        }
    }
}
