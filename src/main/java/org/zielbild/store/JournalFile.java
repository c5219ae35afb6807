package org.zielbild.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code journal.jsonl} as the writer has it open: appending a group of sealed lines durably,
 * cutting a half-written group off again, and dropping the lines a snapshot covers (the old journal
 * is kept in backups/, so a backup snapshot plus the journals after it still lead to the newest
 * state, 0081). Nothing is written unless the session's lock is verified first, and no write is
 * acknowledged unless it is verified again after the force (0080). Used by one thread at a time
 * (the opening thread until the writer starts, then only the writer).
 */
final class JournalFile {

    private static final Logger LOG = LoggerFactory.getLogger(JournalFile.class);

    private final SessionFiles files;
    private final StoreCodec codec;
    private final FileOps ops;
    private final LockGuard lock;
    private final Clock clock;

    private FileChannel channel;
    /** The identity of the file the channel writes, to notice the file being replaced or deleted. */
    private Object fileKey;
    /** Bytes of whole lines; anything beyond is a half-written group. */
    private long size;
    /** Start offset of each line in the file, by seq ({seq, offset}), for cutting the journal after a snapshot. */
    private final ArrayDeque<long[]> lineStarts = new ArrayDeque<>();

    JournalFile(SessionFiles files, StoreCodec codec, FileOps ops, LockGuard lock, Clock clock) {
        this.files = files;
        this.codec = codec;
        this.ops = ops;
        this.lock = lock;
        this.clock = clock;
    }

    long size() {
        return size;
    }

    /** Lines written since the file was opened or last cut. */
    int lines() {
        return lineStarts.size();
    }

    /** Whether the file has a channel (none after a failure that needs a fresh start). */
    boolean hasChannel() {
        return channel != null;
    }

    private boolean usable() {
        return channel != null && channel.isOpen();
    }

    /** Opens the journal in the session folder; never creates the folder (a missing one is the lock's to make). */
    void open() throws IOException {
        lock.verify();
        channel = ops.openAppend(files.journal());
        size = channel.size();
        fileKey = Files.readAttributes(files.journal(), BasicFileAttributes.class).fileKey();
    }

    void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.debug("closing {} failed", files.journal(), e);
            }
            channel = null;
        }
    }

    /**
     * Appends the entries as one group (a group commit): one write, one force, and a check that
     * the file is still the one on disk. A failed group is cut off again, so no half line stays.
     *
     * @return the seq of the last entry, now durable
     */
    long append(List<PendingEntry> group) throws IOException {
        int total = 0;
        for (PendingEntry p : group) {
            total += p.line(codec).length;
        }
        ByteBuffer all = ByteBuffer.allocate(total);
        long[] starts = new long[group.size()];
        for (int i = 0; i < group.size(); i++) {
            starts[i] = size + all.position();
            all.put(group.get(i).line(codec));
        }
        all.flip();
        long before = size;
        lock.verify(); // never write into a folder this process no longer holds
        try {
            channel.position(before);
            SnapshotWriter.writeFully(channel, all);
            channel.force(false);
            checkStillOurs();
        } catch (LockLost e) {
            close(); // the file may be another writer's now: leave it exactly as it is
            throw e;
        } catch (IOException | RuntimeException e) {
            cutBack(before);
            throw e;
        }
        size = before + total;
        for (int i = 0; i < group.size(); i++) {
            lineStarts.add(new long[] {group.get(i).seq(), starts[i]});
        }
        return group.get(group.size() - 1).seq();
    }

    /**
     * On Linux a deleted or moved file can still be written through an open channel: the data would
     * vanish with it, or land in the moved folder. So after each write: do we still hold the lock at
     * the folder's path, is the journal on disk still the file we write, and is the snapshot there?
     */
    private void checkStillOurs() throws IOException {
        lock.verify();
        if (!Files.exists(files.snapshot())) {
            throw new NoSuchFileException(files.snapshot().toString());
        }
        Object key = Files.readAttributes(files.journal(), BasicFileAttributes.class).fileKey();
        if (key != null && !key.equals(fileKey)) {
            throw new NoSuchFileException(files.journal().toString(), null, "replaced while open");
        }
    }

    /** A write failed half-way: cut the file back to the last whole line, so no half line stays. */
    private void cutBack(long length) {
        try {
            if (usable() && channel.size() > length) {
                channel.truncate(length);
                channel.force(true);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("could not cut {} back to {} bytes", files.journal(), length, e);
            close(); // the writer starts over from a fresh snapshot
        }
    }

    /**
     * After a failure: whether writing can go on with this file (it is open, still on disk with its
     * snapshot, and holds only whole lines once anything beyond them is cut off).
     */
    boolean resumable() {
        if (!usable() || !Files.exists(files.snapshot())) {
            return false;
        }
        try {
            lock.verify(); // cutting back a file another writer may use now would destroy its lines
            if (channel.size() > size) {
                channel.truncate(size);
            }
            if (channel.size() == size) {
                checkStillOurs();
                return true;
            }
        } catch (IOException e) {
            LOG.debug("journal {} needs a fresh start", files.journal(), e);
        }
        return false;
    }

    /**
     * Starts the journal again as an empty file (after a fresh snapshot holds everything). Our own
     * file is emptied in place (that works on a full disk); a journal that is not the one we wrote
     * (the folder was replaced by a copy) is first kept in backups/ and then replaced.
     */
    void startEmpty() throws IOException {
        Object previous = fileKey;
        close();
        lock.verify();
        if (Files.exists(files.journal()) && Files.size(files.journal()) > 0) {
            Object there = Files.readAttributes(files.journal(), BasicFileAttributes.class).fileKey();
            if (there == null || !there.equals(previous)) {
                keepInBackups("replaced");
                replaceWithEmpty();
            }
        }
        open();
        channel.truncate(0);
        channel.force(true);
        ops.forceDirectory(files.folder());
        size = 0;
        lineStarts.clear();
    }

    /**
     * A snapshot at {@code seq} is on disk: drops the lines it covers. The old journal goes to
     * backups/ (a hard link, no copy), so the earlier backup snapshot still connects to the new one.
     */
    void dropUpTo(long seq) throws IOException {
        long[] firstKept = lineStarts.stream().filter(l -> l[0] > seq).findFirst().orElse(null);
        boolean kept = keepInBackups("compacted");
        if (firstKept == null && !kept) {
            channel.truncate(0); // nothing else has the file: emptying it in place is enough
            channel.force(true);
            size = 0;
            lineStarts.clear();
        } else {
            keepTail(firstKept == null ? size : firstKept[1]); // a linked file must not be cut in place
        }
    }

    /** A second name for the journal in backups/; false when that is not possible (it only helps recovery). */
    private boolean keepInBackups(String why) {
        try {
            Backups.ensureFolder(files, ops);
            ops.linkOrCopy(files.journal(), Backups.journalName(files, clock.instant(), why));
            Backups.prune(files, ops);
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not keep the journal of {} in backups/", files.folder(), e);
            return false;
        }
    }

    private void replaceWithEmpty() throws IOException {
        Path empty = files.tempFor(files.journal());
        try (FileChannel out = ops.createNew(empty)) {
            out.force(true);
        }
        installAsJournal(empty);
    }

    /** Moves a finished temp file over the journal, only while the lock is still ours; the temp goes on failure. */
    private void installAsJournal(Path temp) throws IOException {
        try {
            lock.verify();
            AtomicReplace.move(ops, temp, files.journal());
        } catch (IOException | RuntimeException e) {
            ops.delete(temp);
            throw e;
        }
        ops.forceDirectory(files.folder());
    }

    /** Rewrites the journal with only the lines from {@code offset} on: temp file, force, atomic move. */
    private void keepTail(long offset) throws IOException {
        ByteBuffer tail = ByteBuffer.allocate((int) (size - offset));
        while (tail.hasRemaining()) {
            if (channel.read(tail, offset + tail.position()) < 0) {
                throw new IOException("journal shorter than expected");
            }
        }
        tail.flip();
        Path temp = files.tempFor(files.journal());
        try (FileChannel out = ops.createNew(temp)) {
            SnapshotWriter.writeFully(out, tail);
            out.force(true);
        }
        close();
        installAsJournal(temp);
        open();
        List<long[]> kept = lineStarts.stream().filter(l -> l[1] >= offset).map(l -> new long[] {l[0], l[1] - offset}).toList();
        lineStarts.clear();
        lineStarts.addAll(kept);
    }
}
