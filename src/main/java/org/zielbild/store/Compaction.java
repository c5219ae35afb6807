package org.zielbild.store;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zielbild.session.SessionState;

/**
 * Keeps the journal short: once it is long, a background thread writes a snapshot of the
 * (immutable) current state and hands the outcome back to the writer, which then drops the lines
 * the snapshot covers. The writer thread calls every method; only the snapshot itself runs on the
 * snapshot thread, and its outcome travels back through {@code handBack} (the journal's queue).
 */
final class Compaction {

    private static final Logger LOG = LoggerFactory.getLogger(Compaction.class);

    /** What a background snapshot did: installed at {@code seq}, skipped (a newer one was there), or failed. */
    record Done(long seq, boolean installed, Exception failure) {
    }

    private final SessionFiles files;
    private final JournalPolicy policy;
    private final SnapshotWriter snapshots;
    private ExecutorService snapshotter;
    private Supplier<SessionState> state;
    private Consumer<Done> handBack;

    // --- owned by the writer thread ---
    private boolean running;
    private long nextAttempt;

    Compaction(SessionFiles files, JournalPolicy policy, SnapshotWriter snapshots) {
        this.files = files;
        this.policy = policy;
        this.snapshots = snapshots;
    }

    /** Creates the snapshot thread; {@code handBack} gets each outcome, on the snapshot thread. */
    void start(String threadName, Supplier<SessionState> current, Consumer<Done> handBack) {
        this.state = current;
        this.handBack = handBack;
        snapshotter = Executors.newSingleThreadExecutor(r -> FileJournal.daemon(r, threadName));
    }

    /** Whether a background snapshot is being written. */
    boolean running() {
        return running;
    }

    /** Starts a background snapshot when the journal is long enough (and the last failure is a while ago). */
    void maybeStart(JournalFile journal, long now) {
        if (running || now < nextAttempt) {
            return;
        }
        if (journal.lines() < policy.compactAfterLines() && journal.size() < policy.compactAfterBytes()) {
            return;
        }
        running = true;
        snapshotter.execute(() -> {
            Done result;
            try {
                SessionState s = state.get();
                result = new Done(s.seq(), snapshots.write(s), null);
            } catch (IOException | RuntimeException e) {
                result = new Done(-1, false, e);
            }
            handBack.accept(result);
        });
    }

    /**
     * A background snapshot has ended.
     *
     * @return the seq up to which the journal's lines are now in a snapshot on disk, or -1
     */
    long finished(Done done, long now) {
        running = false;
        if (done.failure() != null) {
            LOG.warn("background snapshot of {} failed; the journal keeps everything", files.folder(), done.failure());
            nextAttempt = now + policy.maxRetry().toMillis();
            return -1;
        }
        return done.installed() ? done.seq() : -1;
    }

    void shutdown() {
        snapshotter.shutdown();
    }
}
