package org.zielbild.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code journal.jsonl} as the writer has it open: appending a group of sealed lines durably,
 * cutting a half-written group off again, and dropping the lines a snapshot covers. Used by one
 * thread at a time (the opening thread until the writer starts, then only the writer).
 */
final class JournalFile {

    private static final Logger LOG = LoggerFactory.getLogger(JournalFile.class);

    private final SessionFiles files;
    private final StoreCodec codec;
    private final FileOps ops;

    private FileChannel channel;
    /** The identity of the file the channel writes, to notice the file being replaced or deleted. */
    private Object fileKey;
    /** Bytes of whole lines; anything beyond is a half-written group. */
    private long size;
    /** Start offset of each line in the file, by seq ({seq, offset}), for cutting the journal after a snapshot. */
    private final ArrayDeque<long[]> lineStarts = new ArrayDeque<>();

    JournalFile(SessionFiles files, StoreCodec codec, FileOps ops) {
        this.files = files;
        this.codec = codec;
        this.ops = ops;
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

    void open() throws IOException {
        ops.createDirectories(files.folder());
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
        try {
            channel.position(before);
            SnapshotWriter.writeFully(channel, all);
            channel.force(false);
            checkStillOurs();
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
     * On Linux a deleted file can still be written through an open channel: the data would vanish
     * with it. So after each write: is the journal on disk still the file we write, and is the
     * snapshot still there?
     */
    private void checkStillOurs() throws IOException {
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

    /** Opens the journal again as an empty file (after a fresh snapshot holds everything). */
    void startEmpty() throws IOException {
        close();
        open();
        channel.truncate(0);
        channel.force(true);
        ops.forceDirectory(files.folder());
        size = 0;
        lineStarts.clear();
    }

    /** A snapshot at {@code seq} is on disk: drops the lines it covers. */
    void dropUpTo(long seq) throws IOException {
        long[] firstKept = lineStarts.stream().filter(l -> l[0] > seq).findFirst().orElse(null);
        if (firstKept == null) {
            channel.truncate(0);
            channel.force(true);
            size = 0;
            lineStarts.clear();
        } else {
            keepTail(firstKept[1]);
        }
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
        AtomicReplace.move(ops, temp, files.journal());
        ops.forceDirectory(files.folder());
        open();
        List<long[]> kept = lineStarts.stream().filter(l -> l[1] >= offset).map(l -> new long[] {l[0], l[1] - offset}).toList();
        lineStarts.clear();
        lineStarts.addAll(kept);
    }
}
