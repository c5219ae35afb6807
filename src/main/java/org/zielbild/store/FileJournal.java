package org.zielbild.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zielbild.domain.Message;
import org.zielbild.session.Journal;
import org.zielbild.session.JournalEntry;
import org.zielbild.session.SessionState;

/**
 * {@code journal.jsonl}, made durable by a writer thread of its own.
 *
 * <p>{@link #append} only queues (the FX thread never waits on the disk). The writer takes
 * everything queued, writes it as sealed lines in one go, forces it to disk, and only then reports
 * {@code durable(seq)} (a group commit while the user types fast). When writing fails, the entries
 * stay in memory, {@code failing(reason)} is reported, and the writer retries with a growing
 * pause; a half-written line is cut off again, and when the files themselves are gone it writes a
 * fresh snapshot of the current state and starts a new journal.
 *
 * <p>Compaction: once the journal is long, a background thread writes a snapshot of the (immutable)
 * current state; the writer then drops the lines the snapshot covers. Replay skips lines the
 * snapshot already holds, so a crash between the two steps loses nothing.
 */
final class FileJournal implements Journal {

    private static final Logger LOG = LoggerFactory.getLogger(FileJournal.class);
    private static final Listener NO_LISTENER = new Listener() {
        @Override
        public void durable(long seq) {
        }

        @Override
        public void failing(Message problem) {
        }
    };

    private final SessionFiles files;
    private final StoreCodec codec;
    private final FileOps ops;
    private final SnapshotWriter snapshots;
    private final JournalPolicy policy;
    private final Rescue rescue;

    private final Object lock = new Object();
    // guarded by lock
    private final ArrayDeque<JournalEntry> queue = new ArrayDeque<>();
    private final ArrayDeque<SnapshotDone> finishedSnapshots = new ArrayDeque<>();
    private boolean closing;
    private long closeDeadline;

    private volatile Listener listener = NO_LISTENER;
    private Supplier<SessionState> state;
    private Thread writer;
    private ExecutorService snapshotter;

    // --- owned by the writer thread ---
    private FileChannel channel;
    private Object fileKey;
    private long size;
    /** Start offset of each line in the file, by seq, for cutting the journal after a snapshot. */
    private final ArrayDeque<long[]> lineStarts = new ArrayDeque<>();
    private final List<Pending> pending = new ArrayList<>();
    private long durableSeq;
    /** Entries up to here are in a snapshot on disk. */
    private long coveredSeq;
    private boolean broken;
    private long retryAt;
    private long backoff;
    private boolean snapshotRunning;
    private long nextSnapshotAttempt;
    private Message problem;

    /** One entry not yet durable, with its line once encoded. */
    private static final class Pending {
        final JournalEntry entry;
        byte[] line;

        Pending(JournalEntry entry) {
            this.entry = entry;
        }
    }

    private record SnapshotDone(long seq, boolean installed, Exception failure) {
    }

    /** Writes a copy of the session somewhere else when closing while the session folder cannot be written. */
    interface Rescue {
        void save(SessionState state);
    }

    /**
     * @param startSeq the seq the files on disk hold (the journal is empty: opening compacts)
     */
    FileJournal(SessionFiles files, StoreCodec codec, FileOps ops, SnapshotWriter snapshots, JournalPolicy policy,
                long startSeq, Rescue rescue) {
        this.files = files;
        this.codec = codec;
        this.ops = ops;
        this.snapshots = snapshots;
        this.policy = policy;
        this.rescue = rescue;
        this.durableSeq = startSeq;
        this.coveredSeq = startSeq;
        this.backoff = policy.firstRetry().toMillis();
    }

    @Override
    public void setListener(Listener listener) {
        this.listener = Objects.requireNonNull(listener);
    }

    /** Starts writing; {@code current} gives the live state for snapshots (read from other threads). */
    void start(Supplier<SessionState> current) {
        this.state = current;
        try {
            openChannel();
        } catch (IOException e) {
            fail(e);
        }
        String name = files.folder().getFileName() == null ? "session" : files.folder().getFileName().toString();
        snapshotter = Executors.newSingleThreadExecutor(r -> daemon(r, "zielbild-snapshot-" + name));
        writer = daemon(this::run, "zielbild-journal-" + name);
        writer.start();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void append(JournalEntry entry) {
        synchronized (lock) {
            if (closing) {
                throw new IllegalStateException("journal is closed");
            }
            queue.add(entry);
            lock.notifyAll();
        }
    }

    /** Waits for what is queued to be durable (or for the close timeout), compacts, and stops the writer. */
    @Override
    public void close() {
        synchronized (lock) {
            if (closing) {
                return;
            }
            closing = true;
            closeDeadline = now() + policy.closeTimeout().toMillis();
            lock.notifyAll();
        }
        if (writer == null) {
            return;
        }
        try {
            writer.join(policy.closeTimeout().toMillis() + 30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        snapshotter.shutdown();
    }

    // ------------------------------------------------------------------ writer thread

    private void run() {
        try {
            while (true) {
                List<JournalEntry> incoming = new ArrayList<>();
                List<SnapshotDone> done = new ArrayList<>();
                boolean closingNow;
                synchronized (lock) {
                    long wait;
                    while ((wait = waitMillis()) != 0) {
                        lock.wait(Math.max(wait, 0));
                    }
                    incoming.addAll(queue);
                    queue.clear();
                    done.addAll(finishedSnapshots);
                    finishedSnapshots.clear();
                    closingNow = closing;
                }
                done.forEach(this::onSnapshotDone);
                incoming.forEach(this::enqueue);
                if (broken ? now() >= retryAt : !pending.isEmpty()) {
                    writePending();
                }
                maybeSnapshot();
                if (closingNow && finish()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            LOG.warn("journal writer for {} interrupted", files.folder());
        } catch (RuntimeException | Error e) {
            LOG.error("journal writer for {} stopped unexpectedly", files.folder(), e);
            listener.failing(Message.of("store.io.writerStopped", String.valueOf(e.getMessage())));
        } finally {
            closeChannel();
        }
    }

    /** 0: work to do now; -1: nothing to do until woken; otherwise how long to sleep. Holds {@link #lock}. */
    private long waitMillis() {
        if (!queue.isEmpty() || !finishedSnapshots.isEmpty()) {
            return 0;
        }
        long now = now();
        boolean retrying = broken;
        if (closing) {
            if (snapshotRunning) {
                return -1;
            }
            if (retrying && !pending.isEmpty() && now < closeDeadline) {
                return Math.max(1, Math.min(retryAt, closeDeadline) - now);
            }
            return 0;
        }
        if (retrying) {
            return now >= retryAt ? 0 : retryAt - now;
        }
        return -1;
    }

    private void enqueue(JournalEntry entry) {
        if (entry.seq() > coveredSeq) {
            pending.add(new Pending(entry));
        }
    }

    private void writePending() {
        try {
            if (broken) {
                repair();
            }
            pending.removeIf(p -> p.entry.seq() <= coveredSeq);
            if (pending.isEmpty()) {
                reportDurable(coveredSeq);
                return;
            }
            int total = 0;
            for (Pending p : pending) {
                if (p.line == null) {
                    p.line = codec.line(p.entry);
                }
                total += p.line.length;
            }
            ByteBuffer all = ByteBuffer.allocate(total);
            long[] starts = new long[pending.size()];
            for (int i = 0; i < pending.size(); i++) {
                starts[i] = size + all.position();
                all.put(pending.get(i).line);
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
            for (int i = 0; i < pending.size(); i++) {
                lineStarts.add(new long[] {pending.get(i).entry.seq(), starts[i]});
            }
            long last = pending.get(pending.size() - 1).entry.seq();
            pending.clear();
            broken = false;
            backoff = policy.firstRetry().toMillis();
            reportDurable(last);
        } catch (IOException | RuntimeException e) {
            fail(e);
        }
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
            if (channel != null && channel.isOpen() && channel.size() > length) {
                channel.truncate(length);
                channel.force(true);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("could not cut {} back to {} bytes", files.journal(), length, e);
            closeChannel(); // repair() starts over from a fresh snapshot
        }
    }

    private void fail(Exception e) {
        broken = true;
        retryAt = now() + backoff;
        backoff = Math.min(backoff * 2, policy.maxRetry().toMillis());
        Message why = IoMessages.of(e, files.folder());
        if (!why.equals(problem)) {
            LOG.warn("cannot write session {}: {}", files.folder(), why, e);
        } else {
            LOG.debug("still cannot write session {}", files.folder(), e);
        }
        problem = why;
        listener.failing(why);
    }

    /**
     * After a failure: carry on with the same file when it is intact; otherwise (folder or file gone,
     * channel lost) write a snapshot of the current state, which holds every pending change, and
     * start an empty journal.
     */
    private void repair() throws IOException {
        if (channel != null && channel.isOpen() && Files.exists(files.snapshot())) {
            try {
                if (channel.size() > size) {
                    channel.truncate(size);
                }
                if (channel.size() == size) {
                    checkStillOurs();
                    return;
                }
            } catch (IOException e) {
                LOG.debug("journal {} needs a fresh start", files.journal(), e);
            }
        }
        closeChannel();
        SessionState current = state.get();
        snapshots.write(current);
        coveredSeq = Math.max(coveredSeq, current.seq());
        openChannel();
        channel.truncate(0);
        channel.force(true);
        ops.forceDirectory(files.folder());
        size = 0;
        lineStarts.clear();
        LOG.info("session {} written afresh at seq {} after a write failure", files.folder(), current.seq());
    }

    private void openChannel() throws IOException {
        ops.createDirectories(files.folder());
        channel = ops.openAppend(files.journal());
        size = channel.size();
        fileKey = Files.readAttributes(files.journal(), BasicFileAttributes.class).fileKey();
    }

    private void closeChannel() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.debug("closing {} failed", files.journal(), e);
            }
            channel = null;
        }
    }

    private void reportDurable(long seq) {
        if (seq > durableSeq || problem != null) {
            durableSeq = Math.max(durableSeq, seq);
            problem = null;
            listener.durable(durableSeq);
        }
    }

    // --- compaction ---

    private void maybeSnapshot() {
        if (snapshotRunning || broken || now() < nextSnapshotAttempt) {
            return;
        }
        if (lineStarts.size() < policy.compactAfterLines() && size < policy.compactAfterBytes()) {
            return;
        }
        snapshotRunning = true;
        snapshotter.execute(() -> {
            SnapshotDone result;
            try {
                SessionState s = state.get();
                result = new SnapshotDone(s.seq(), snapshots.write(s), null);
            } catch (IOException | RuntimeException e) {
                result = new SnapshotDone(-1, false, e);
            }
            synchronized (lock) {
                finishedSnapshots.add(result);
                lock.notifyAll();
            }
        });
    }

    private void onSnapshotDone(SnapshotDone done) {
        snapshotRunning = false;
        if (done.failure() != null) {
            LOG.warn("background snapshot of {} failed; the journal keeps everything", files.folder(), done.failure());
            nextSnapshotAttempt = now() + policy.maxRetry().toMillis();
            return;
        }
        if (done.installed()) {
            compactTo(done.seq());
        }
    }

    /** The snapshot at {@code seq} is on disk: drop the journal lines it covers. */
    private void compactTo(long seq) {
        if (seq <= coveredSeq) {
            return;
        }
        coveredSeq = seq;
        pending.removeIf(p -> p.entry.seq() <= seq);
        if (broken || channel == null) {
            return; // repair() starts a fresh journal anyway
        }
        try {
            long[] firstKept = lineStarts.stream().filter(l -> l[0] > seq).findFirst().orElse(null);
            if (firstKept == null) {
                channel.truncate(0);
                channel.force(true);
                size = 0;
                lineStarts.clear();
            } else {
                keepTail(firstKept[1]);
            }
            reportDurable(seq);
        } catch (IOException | RuntimeException e) {
            fail(e);
            closeChannel();
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
        closeChannel();
        AtomicReplace.move(ops, temp, files.journal());
        ops.forceDirectory(files.folder());
        openChannel();
        List<long[]> kept = lineStarts.stream().filter(l -> l[1] >= offset).map(l -> new long[] {l[0], l[1] - offset}).toList();
        lineStarts.clear();
        lineStarts.addAll(kept);
    }

    /** Closing: true when done (everything durable and compacted, or rescued after the timeout). */
    private boolean finish() {
        if (!pending.isEmpty()) {
            if (now() < closeDeadline) {
                return false;
            }
            LOG.error("closing {} with {} changes not written: {}", files.folder(), pending.size(), problem);
            rescue.save(state.get());
            return true;
        }
        if (snapshotRunning) {
            return false;
        }
        if (size > 0 && !broken) {
            try {
                SessionState s = state.get();
                if (snapshots.write(s)) {
                    compactTo(s.seq());
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("final snapshot of {} failed; the journal holds everything", files.folder(), e);
            }
        }
        return true;
    }

    private static long now() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime());
    }
}
