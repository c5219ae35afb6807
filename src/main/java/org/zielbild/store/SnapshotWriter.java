package org.zielbild.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zielbild.session.SessionState;

/**
 * Writes {@code session.json} the safe way: a temp file, forced to disk, the old snapshot kept as
 * a backup, an atomic move over the old one, the folder forced. A crash at any point leaves the old
 * or the new snapshot, never a mix. One writer per session folder; calls are serialised, and a
 * snapshot older than the one already installed is skipped (a slow background snapshot must never
 * replace a newer one). Nothing is installed unless the session's lock is verified just before
 * (0080), and the folder itself is never created here.
 */
final class SnapshotWriter {

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotWriter.class);

    private final SessionFiles files;
    private final StoreCodec codec;
    private final FileOps ops;
    private final Clock clock;
    private final LockGuard lock;
    private long installedSeq = -1;
    /** When the last attempt to write a snapshot ended (it may have been installed even if it failed later). */
    private volatile java.time.Instant lastAttempt;

    SnapshotWriter(SessionFiles files, StoreCodec codec, FileOps ops, Clock clock, LockGuard lock) {
        this.files = files;
        this.codec = codec;
        this.ops = ops;
        this.clock = clock;
        this.lock = lock;
    }

    /** Whether the old snapshot must be in backups/ before it is replaced (opening), or only should be. */
    enum Backup { REQUIRED, BEST_EFFORT }

    /**
     * Writes a snapshot of {@code state}.
     *
     * @return false when a snapshot at least as new was already installed (nothing written)
     */
    synchronized boolean write(SessionState state) throws IOException {
        return write(state, Backup.BEST_EFFORT);
    }

    /**
     * @param backup {@link Backup#REQUIRED}: a backup that cannot be kept fails the write before
     *               anything is replaced
     */
    synchronized boolean write(SessionState state, Backup backup) throws IOException {
        if (state.seq() < installedSeq) {
            return false;
        }
        byte[] bytes = codec.snapshot(Snapshot.of(state, clock.instant(), codec.currentVersion()));
        lock.verify();
        try {
            return install(state, bytes, backup);
        } finally {
            lastAttempt = clock.instant();
        }
    }

    private boolean install(SessionState state, byte[] bytes, Backup backup) throws IOException {
        Path temp = files.tempFor(files.snapshot());
        try {
            try (FileChannel ch = ops.createNew(temp)) {
                writeFully(ch, ByteBuffer.wrap(bytes));
                ch.force(true);
            }
            keepBackup(backup);
            lock.verify();
            AtomicReplace.move(ops, temp, files.snapshot());
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
        ops.forceDirectory(files.folder());
        installedSeq = state.seq();
        Backups.prune(files, ops);
        return true;
    }

    /** When the last attempt to write a snapshot ended; null before any. */
    java.time.Instant lastAttempt() {
        return lastAttempt;
    }

    /** The seq of the last snapshot this writer installed (or was told about), -1 before any. */
    synchronized long installedSeq() {
        return installedSeq;
    }

    /** The snapshot on disk when the session was opened. */
    synchronized void assumeInstalled(long seq) {
        installedSeq = Math.max(installedSeq, seq);
    }

    /** The current snapshot gets a second name in backups/ before it is replaced. */
    private void keepBackup(Backup mode) throws IOException {
        Path current = files.snapshot();
        if (!Files.exists(current)) {
            return;
        }
        Path backup = Backups.snapshotName(files, Math.max(installedSeq, 0), clock.instant());
        if (Files.exists(backup)) {
            return;
        }
        try {
            Backups.ensureFolder(files, ops);
            ops.linkOrCopy(current, backup);
        } catch (IOException e) {
            if (mode == Backup.REQUIRED) {
                throw e;
            }
            // A missing backup must not stop a snapshot while working: the new snapshot holds everything.
            LOG.warn("could not keep a backup of {}", current, e);
        }
    }

    static void writeFully(FileChannel ch, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            ch.write(buffer);
        }
    }

    private void deleteQuietly(Path temp) {
        try {
            ops.delete(temp);
        } catch (IOException e) {
            LOG.debug("could not delete temp file {}", temp, e);
        }
    }
}
