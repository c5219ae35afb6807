package org.zielbild.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
 * fresh snapshot of the current state and starts a new journal ({@link JournalWriter}).
 *
 * <p>Compaction: once the journal is long, a background thread writes a snapshot of the (immutable)
 * current state; the writer then drops the lines the snapshot covers ({@link Compaction}). Replay
 * skips lines the snapshot already holds, so a crash between the two steps loses nothing.
 *
 * <p>Threads, and what each owns:
 * <ul>
 *   <li>the caller (the FX thread) only {@link #append}s and {@link #close}s: it takes {@link #lock}
 *       to queue an entry, never across a write;</li>
 *   <li>the writer thread ({@link #run}) owns the {@link JournalWriter} and through it the journal
 *       file, the pending entries, the retry state and the compaction bookkeeping; it takes
 *       {@link #lock} only to take what was queued;</li>
 *   <li>the snapshot thread ({@link Compaction}) writes one snapshot at a time from the immutable
 *       state and queues its outcome for the writer the same way;</li>
 *   <li>the listener is called from the writer thread (and from the opening thread if the journal
 *       cannot be opened); the session service passes the reports on to the FX thread.</li>
 * </ul>
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
    private final JournalPolicy policy;
    private final Compaction compaction;
    private final JournalWriter work;

    private final Object lock = new Object();
    // guarded by lock: what the other threads hand to the writer
    private final ArrayDeque<JournalEntry> queue = new ArrayDeque<>();
    private final ArrayDeque<Compaction.Done> finishedSnapshots = new ArrayDeque<>();
    private boolean closing;
    private long closeDeadline;

    private volatile Listener listener = NO_LISTENER;
    private Thread writer;

    /** Writes a copy of the session somewhere else when closing while the session folder cannot be written. */
    interface Rescue {
        void save(SessionState state);
    }

    /**
     * @param startSeq the seq the files on disk hold (the journal is empty: opening compacts)
     */
    FileJournal(SessionFiles files, StoreCodec codec, FileOps ops, SnapshotWriter snapshots, JournalPolicy policy,
                long startSeq, Rescue rescue, SessionLock lock, java.time.Clock clock) {
        this.files = files;
        this.policy = policy;
        this.compaction = new Compaction(files, policy, snapshots);
        this.work = new JournalWriter(files, codec, ops, snapshots, policy, startSeq, rescue, () -> listener, compaction,
                lock, clock);
    }

    @Override
    public void setListener(Listener listener) {
        this.listener = Objects.requireNonNull(listener);
    }

    /** Starts writing; {@code current} gives the live state for snapshots (read from other threads). */
    void start(Supplier<SessionState> current) {
        work.open(current);
        String name = files.folder().getFileName() == null ? "session" : files.folder().getFileName().toString();
        compaction.start("zielbild-snapshot-" + name, current, this::snapshotDone);
        writer = daemon(this::run, "zielbild-journal-" + name);
        writer.start();
    }

    static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** A rescue copy of {@code state} exists: closing writes none of the same state. Any thread. */
    void markRescued(SessionState state) {
        work.markRescued(state);
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

    /** Called on the snapshot thread: the writer picks the outcome up with the next entries. */
    private void snapshotDone(Compaction.Done done) {
        synchronized (lock) {
            finishedSnapshots.add(done);
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
        compaction.shutdown();
    }

    // ------------------------------------------------------------------ writer thread

    private void run() {
        try {
            while (true) {
                List<JournalEntry> incoming = new ArrayList<>();
                List<Compaction.Done> done = new ArrayList<>();
                boolean closingNow;
                long deadline;
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
                    deadline = closeDeadline;
                }
                done.forEach(work::snapshotDone);
                incoming.forEach(work::take);
                work.writeIfDue(now());
                work.snapshotIfDue(now());
                if (closingNow && work.finish(deadline)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            LOG.warn("journal writer for {} interrupted", files.folder());
        } catch (RuntimeException | Error e) {
            LOG.error("journal writer for {} stopped unexpectedly", files.folder(), e);
            listener.failing(Message.of("store.io.writerStopped", String.valueOf(e.getMessage())));
        } finally {
            work.stop();
        }
    }

    /** 0: work to do now; -1: nothing to do until woken; otherwise how long to sleep. Holds {@link #lock}. */
    private long waitMillis() {
        if (!queue.isEmpty() || !finishedSnapshots.isEmpty()) {
            return 0;
        }
        return work.waitMillis(closing, closeDeadline, now());
    }

    /** Milliseconds of a monotonic clock, for pauses and deadlines. */
    static long now() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime());
    }
}
