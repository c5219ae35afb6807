package org.zielbild.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zielbild.domain.Message;
import org.zielbild.session.SessionUnavailableException;

/**
 * One app instance at a time per session folder. The OS lock on {@code .lock} (FileChannel#tryLock)
 * is the authority: the OS drops it when the holder dies, so a lock left by a crashed process is
 * simply taken over. {@code lock-info.json} says who holds it, for the refusal message. On folders
 * where OS locks do not work (some network shares), a holder on this computer that is still
 * running is recognised from the info file as well.
 *
 * <p>The lock belongs to the file, not to the path: when the folder is moved away, the lock moves
 * with it. So every write first checks that the lock file at the folder's path is still the one
 * locked here ({@link #verify}); when it is not, the writer takes the lock at the path again
 * ({@link #retake}) or, when another instance has it now, stops writing for good (0080).
 *
 * <p>The {@code .lock} file itself is never deleted: deleting it would let two processes lock two
 * different files of the same name. Thread-safe: the writer and the snapshot thread verify it.
 */
final class SessionLock implements AutoCloseable, LockGuard {

    private static final Logger LOG = LoggerFactory.getLogger(SessionLock.class);
    private static final ObjectMapper JSON = StoreJson.mapper();
    /**
     * Lock files this process holds, by file identity. A second channel on a held lock file is never
     * opened: on POSIX systems closing it would silently drop this process's lock (see FileLock).
     */
    private static final java.util.Set<Object> HELD_HERE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final SessionFiles files;
    private final Clock clock;
    private final FileOps ops;
    private final Optional<LockInfo> takenOver;
    // guarded by this
    private Held held;
    private boolean closed;

    /** An OS lock on one {@code .lock} file, and who we said we are in the info file. */
    private record Held(FileChannel channel, FileLock lock, Object fileKey, LockInfo info) {
        void release() {
            if (fileKey != null) {
                HELD_HERE.remove(fileKey);
            }
            try {
                lock.release();
            } catch (IOException e) {
                LOG.debug("could not release a lock", e);
            }
            closeQuietly(channel);
        }
    }

    /** Another instance holds the lock; {@code holder} names it when the info file does. */
    private static final class Refused extends Exception {
        final transient Optional<LockInfo> holder;
        final boolean thisProcess;

        Refused(Optional<LockInfo> holder, boolean thisProcess) {
            this.holder = holder;
            this.thisProcess = thisProcess;
        }
    }

    private SessionLock(SessionFiles files, Clock clock, FileOps ops, Held held, Optional<LockInfo> takenOver) {
        this.files = files;
        this.clock = clock;
        this.ops = ops;
        this.held = held;
        this.takenOver = takenOver;
    }

    static SessionLock acquire(SessionFiles files, Clock clock, String title) throws SessionUnavailableException {
        return acquire(files, clock, title, FileOps.REAL);
    }

    /**
     * Locks the session folder for this process.
     *
     * @throws SessionUnavailableException when another instance holds it (the message says where),
     *                                     or the folder cannot be written
     */
    static SessionLock acquire(SessionFiles files, Clock clock, String title, FileOps ops) throws SessionUnavailableException {
        Held held = null;
        try {
            Optional<LockInfo> previous = readInfo(files);
            held = take(files, clock);
            previous.ifPresent(p -> LOG.info("taking over a stale lock on {} left by pid {} on {} since {}",
                    files.folder(), p.pid(), p.host(), p.since()));
            writeInfo(files, held.info());
            return new SessionLock(files, clock, ops, held, previous);
        } catch (Refused r) {
            throw r.thisProcess ? new SessionUnavailableException(Message.of("store.lock.thisWindow", title))
                    : refused(r.holder, title);
        } catch (AccessDeniedException e) {
            release(held);
            throw new SessionUnavailableException(Message.of("store.lock.readOnly", files.folder().toString()), e);
        } catch (UnsuitableFile e) {
            release(held);
            throw new SessionUnavailableException(Message.of("store.damage.line", files.lock().toString(), e.reason()), e);
        } catch (IOException e) {
            release(held);
            throw new SessionUnavailableException(IoMessages.of(e, files.folder()), e);
        }
    }

    /** Opens and locks {@code .lock}; nothing is written. */
    private static Held take(SessionFiles files, Clock clock) throws IOException, Refused {
        SafeFiles.requireOrdinaryIfPresent(files.lock()); // opening a named pipe for writing would block
        if (Files.exists(files.lock()) && heldHere(Files.readAttributes(files.lock(), BasicFileAttributes.class).fileKey())) {
            throw new Refused(Optional.empty(), true);
        }
        FileChannel ch = FileChannel.open(files.lock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                throw new Refused(Optional.empty(), true);
            }
            Optional<LockInfo> previous = readInfo(files);
            if (lock == null) {
                throw new Refused(previous, false);
            }
            if (previous.isPresent() && previous.get().aliveHere() && previous.get().pid() != ProcessHandle.current().pid()) {
                lock.release();
                throw new Refused(previous, false); // OS locks do not work here, but the holder is alive
            }
            Object key = Files.readAttributes(files.lock(), BasicFileAttributes.class).fileKey();
            if (key != null && !HELD_HERE.add(key)) {
                lock.release();
                throw new Refused(Optional.empty(), true);
            }
            return new Held(ch, lock, key, LockInfo.current(clock.instant()));
        } catch (IOException | Refused | RuntimeException e) {
            closeQuietly(ch);
            throw e;
        }
    }

    private static boolean heldHere(Object fileKey) {
        return fileKey != null && HELD_HERE.contains(fileKey);
    }

    private static SessionUnavailableException refused(Optional<LockInfo> holder, String title) {
        if (holder.isEmpty()) {
            return new SessionUnavailableException(Message.of("store.lock.elsewhereUnknown", title));
        }
        LockInfo h = holder.get();
        return new SessionUnavailableException(Message.of("store.lock.elsewhere", title, h.host(), h.user(),
                String.valueOf(h.pid()), java.util.Date.from(h.since())));
    }

    /**
     * Whether the lock file at the folder's path is still the one locked here (on file systems
     * without file identities, at least that it is there).
     */
    @Override
    public synchronized void verify() throws IOException {
        if (closed) {
            throw new LockLost(files.folder(), true, "the session was closed");
        }
        Object key;
        try {
            key = Files.readAttributes(files.lock(), BasicFileAttributes.class).fileKey();
        } catch (NoSuchFileException e) {
            throw new LockLost(files.folder(), false, Files.isDirectory(files.folder()) ? "lock file gone" : "folder gone");
        }
        if (held.fileKey() != null && !held.fileKey().equals(key)) {
            throw new LockLost(files.folder(), false, "lock file replaced (folder moved or copied)");
        }
    }

    /**
     * Makes sure this process holds the lock at the folder's path again before anything is written
     * there: recreates a folder that is gone (only when its parent is still there: a removed USB
     * stick is waited for, not rebuilt on the laptop's disk) and locks it.
     *
     * @param lastOwnWrite when this process last wrote to the folder: anything saved there later is
     *                     another instance's, and is never overwritten
     * @throws LockLost           for good, when another instance holds the folder now, has written
     *                            there since, or another session is in its place
     * @throws NoSuchFileException when the folder's parent is gone too (tried again later)
     */
    synchronized void retake(String sessionId, java.time.Instant lastOwnWrite) throws IOException {
        try {
            verify();
            return;
        } catch (LockLost e) {
            if (e.forGood()) {
                throw e;
            }
        }
        Path folder = files.folder();
        if (!Files.isDirectory(folder)) {
            Path parent = folder.getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw new NoSuchFileException(folder.toString());
            }
            try {
                ops.createSubfolder(folder);
            } catch (FileAlreadyExistsException e) {
                // made by someone else meanwhile: locking decides
            }
        }
        Held fresh;
        try {
            fresh = take(files, clock);
        } catch (Refused r) {
            throw new LockLost(folder, true, "held by " + r.holder.map(LockInfo::toString).orElse("another instance"));
        }
        Optional<String> foreign = ForeignWrites.since(files, sessionId, lastOwnWrite);
        if (foreign.isPresent()) {
            fresh.release();
            throw new LockLost(folder, true, foreign.get());
        }
        try {
            writeInfo(files, fresh.info());
        } catch (IOException e) {
            fresh.release();
            throw e;
        }
        held.release(); // the lock on the moved-away (or deleted) lock file
        held = fresh;
        LOG.warn("the lock on {} was gone (folder moved, copied or deleted); taken again before writing", folder);
    }

    static Optional<LockInfo> readInfo(SessionFiles files) {
        try {
            return Optional.of(JSON.readValue(SafeFiles.read(files.lockInfo(), SafeFiles.MAX_SMALL_BYTES), LockInfo.class));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Written via a temp file so a reader never sees half of it; it is only advisory, so no fsync. */
    private static void writeInfo(SessionFiles files, LockInfo info) throws IOException {
        Path temp = files.tempFor(files.lockInfo());
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            SnapshotWriter.writeFully(out, ByteBuffer.wrap(JSON.writeValueAsBytes(info)));
        }
        FileOps.REAL.atomicMove(temp, files.lockInfo());
    }

    /** The lock left behind by a process that did not close the session, if this open took one over. */
    Optional<LockInfo> takenOver() {
        return takenOver;
    }

    synchronized LockInfo info() {
        return held.info();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Optional<LockInfo> onDisk = readInfo(files);
            LockInfo mine = held.info();
            if (onDisk.isPresent() && onDisk.get().pid() == mine.pid() && Objects.equals(onDisk.get().since(), mine.since())) {
                Files.deleteIfExists(files.lockInfo());
            }
        } catch (IOException e) {
            LOG.debug("could not remove {}", files.lockInfo(), e);
        }
        held.release();
    }

    private static void release(Held held) {
        if (held != null) {
            held.release();
        }
    }

    private static void closeQuietly(FileChannel ch) {
        try {
            ch.close();
        } catch (IOException e) {
            // nothing more to release
        }
    }
}
