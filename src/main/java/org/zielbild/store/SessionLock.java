package org.zielbild.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
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
 * <p>The {@code .lock} file itself is never deleted: deleting it would let two processes lock two
 * different files of the same name.
 */
final class SessionLock implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SessionLock.class);
    private static final ObjectMapper JSON = StoreJson.mapper();

    private final SessionFiles files;
    private final FileChannel channel;
    private final FileLock lock;
    private final LockInfo info;
    private final Optional<LockInfo> takenOver;

    private SessionLock(SessionFiles files, FileChannel channel, FileLock lock, LockInfo info,
                        Optional<LockInfo> takenOver) {
        this.files = files;
        this.channel = channel;
        this.lock = lock;
        this.info = info;
        this.takenOver = takenOver;
    }

    /**
     * Locks the session folder for this process.
     *
     * @throws SessionUnavailableException when another instance holds it (the message says where),
     *                                     or the folder cannot be written
     */
    static SessionLock acquire(SessionFiles files, Clock clock, String title) throws SessionUnavailableException {
        FileChannel ch;
        try {
            ch = FileChannel.open(files.lock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (AccessDeniedException e) {
            throw new SessionUnavailableException(Message.of("store.lock.readOnly", files.folder().toString()), e);
        } catch (IOException e) {
            throw new SessionUnavailableException(IoMessages.of(e, files.folder()), e);
        }
        try {
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                throw new SessionUnavailableException(Message.of("store.lock.thisWindow", title));
            }
            Optional<LockInfo> previous = readInfo(files);
            if (lock == null) {
                throw refused(previous, title);
            }
            if (previous.isPresent() && previous.get().aliveHere() && previous.get().pid() != ProcessHandle.current().pid()) {
                lock.release();
                throw refused(previous, title); // OS locks do not work here, but the holder is alive
            }
            previous.ifPresent(p -> LOG.info("taking over a stale lock on {} left by pid {} on {} since {}",
                    files.folder(), p.pid(), p.host(), p.since()));
            LockInfo mine = LockInfo.current(clock.instant());
            writeInfo(files, mine);
            return new SessionLock(files, ch, lock, mine, previous);
        } catch (IOException e) {
            closeQuietly(ch);
            throw new SessionUnavailableException(IoMessages.of(e, files.folder()), e);
        } catch (SessionUnavailableException | RuntimeException e) {
            closeQuietly(ch);
            throw e;
        }
    }

    private static SessionUnavailableException refused(Optional<LockInfo> holder, String title) {
        if (holder.isEmpty()) {
            return new SessionUnavailableException(Message.of("store.lock.elsewhereUnknown", title));
        }
        LockInfo h = holder.get();
        return new SessionUnavailableException(Message.of("store.lock.elsewhere", title, h.host(), h.user(),
                String.valueOf(h.pid()), java.util.Date.from(h.since())));
    }

    static Optional<LockInfo> readInfo(SessionFiles files) {
        try {
            return Optional.of(JSON.readValue(Files.readAllBytes(files.lockInfo()), LockInfo.class));
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

    LockInfo info() {
        return info;
    }

    @Override
    public void close() {
        try {
            Optional<LockInfo> onDisk = readInfo(files);
            if (onDisk.isPresent() && onDisk.get().pid() == info.pid() && onDisk.get().since().equals(info.since())) {
                Files.deleteIfExists(files.lockInfo());
            }
        } catch (IOException e) {
            LOG.debug("could not remove {}", files.lockInfo(), e);
        }
        try {
            lock.release();
        } catch (IOException e) {
            LOG.debug("could not release the lock on {}", files.lock(), e);
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel ch) {
        try {
            ch.close();
        } catch (IOException e) {
            // nothing more to release
        }
    }
}
