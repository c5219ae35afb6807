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
 * replace a newer one).
 */
final class SnapshotWriter {

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotWriter.class);

    private final SessionFiles files;
    private final StoreCodec codec;
    private final FileOps ops;
    private final Clock clock;
    private long installedSeq = -1;

    SnapshotWriter(SessionFiles files, StoreCodec codec, FileOps ops, Clock clock) {
        this.files = files;
        this.codec = codec;
        this.ops = ops;
        this.clock = clock;
    }

    /**
     * Writes a snapshot of {@code state}.
     *
     * @return false when a snapshot at least as new was already installed (nothing written)
     */
    synchronized boolean write(SessionState state) throws IOException {
        if (state.seq() < installedSeq) {
            return false;
        }
        byte[] bytes = codec.snapshot(Snapshot.of(state, clock.instant(), codec.currentVersion()));
        ops.createDirectories(files.folder());
        Path temp = files.tempFor(files.snapshot());
        try {
            try (FileChannel ch = ops.createNew(temp)) {
                writeFully(ch, ByteBuffer.wrap(bytes));
                ch.force(true);
            }
            keepBackup();
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

    /** The seq of the last snapshot this writer installed (or was told about), -1 before any. */
    synchronized long installedSeq() {
        return installedSeq;
    }

    /** The snapshot on disk when the session was opened. */
    synchronized void assumeInstalled(long seq) {
        installedSeq = Math.max(installedSeq, seq);
    }

    /** The current snapshot gets a second name in backups/ before it is replaced. */
    private void keepBackup() throws IOException {
        Path current = files.snapshot();
        if (!Files.exists(current)) {
            return;
        }
        ops.createDirectories(files.backups());
        Path backup = Backups.snapshotName(files, Math.max(installedSeq, 0), clock.instant());
        if (Files.exists(backup)) {
            return;
        }
        try {
            ops.linkOrCopy(current, backup);
        } catch (IOException e) {
            // A missing backup must not stop the snapshot: the journal and the new snapshot hold everything.
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
