package org.zielbild.store;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zielbild.session.Journal;
import org.zielbild.session.JournalEntry;
import org.zielbild.session.SessionState;

/**
 * What the journal's writer thread does with the entries {@link FileJournal} hands it: writes
 * them as one group and reports them durable, keeps them while writing fails and tries again,
 * starts afresh from a snapshot when the files are gone (after taking the folder's lock again),
 * drops lines a snapshot covers, and finishes on closing. When another instance has the folder
 * now, it stops writing for good and says so; closing then writes a rescue copy (0080).
 * Confined to the writer thread (the opening thread before it starts).
 */
final class JournalWriter {

    private static final Logger LOG = LoggerFactory.getLogger(JournalWriter.class);

    private final SessionFiles files;
    private final SnapshotWriter snapshots;
    private final FileJournal.Rescue rescue;
    private final Supplier<Journal.Listener> listener;
    private final JournalFile file;
    private final WriteRetry retry;
    private final Compaction compaction;
    private final SessionLock lock;
    private final Clock clock;

    private final List<PendingEntry> pending = new ArrayList<>();
    private Supplier<SessionState> state;
    private long durableSeq;
    /** Entries up to here are in a snapshot on disk. */
    private long coveredSeq;
    /** When this process last wrote to the folder (the lock's retake refuses anything newer, 0080). */
    private Instant lastOwnWrite;
    /** The state a rescue copy was written of (null when none): closing does not write the same again. */
    private volatile SessionState rescued;

    JournalWriter(SessionFiles files, StoreCodec codec, FileOps ops, SnapshotWriter snapshots, JournalPolicy policy,
                  long startSeq, FileJournal.Rescue rescue, Supplier<Journal.Listener> listener, Compaction compaction,
                  SessionLock lock, Clock clock) {
        this.files = files;
        this.snapshots = snapshots;
        this.rescue = rescue;
        this.listener = listener;
        this.compaction = compaction;
        this.lock = lock;
        this.clock = clock;
        this.lastOwnWrite = clock.instant();
        this.file = new JournalFile(files, codec, ops, lock, clock);
        this.retry = new WriteRetry(files.folder(), policy);
        this.durableSeq = startSeq;
        this.coveredSeq = startSeq;
    }

    /** Opens the journal file; a failure is reported and retried like any other. */
    void open(Supplier<SessionState> current) {
        this.state = current;
        try {
            file.open();
        } catch (IOException e) {
            fail(e);
        }
    }

    /** A rescue copy of {@code state} was written (asked for by the user): closing does not write it again. */
    void markRescued(SessionState state) {
        rescued = state;
    }

    void stop() {
        file.close();
    }

    void take(JournalEntry entry) {
        if (entry.seq() > coveredSeq) {
            pending.add(new PendingEntry(entry));
        }
    }

    /** 0: work to do now; -1: nothing to do until woken; otherwise how long to sleep (queue empty). */
    long waitMillis(boolean closing, long closeDeadline, long now) {
        boolean retrying = retry.broken() && !retry.stopped();
        if (closing) {
            if (compaction.running()) {
                return -1;
            }
            if (retrying && !pending.isEmpty() && now < closeDeadline) {
                return Math.max(1, Math.min(retry.retryAt(), closeDeadline) - now);
            }
            return 0;
        }
        if (retrying) {
            return now >= retry.retryAt() ? 0 : retry.retryAt() - now;
        }
        return -1;
    }

    /** Writes what is pending, or tries again after a failure once the pause is over. */
    void writeIfDue(long now) {
        if (retry.stopped()) {
            return;
        }
        if (retry.broken() ? now >= retry.retryAt() : !pending.isEmpty()) {
            writePending();
        }
    }

    private void writePending() {
        try {
            if (retry.broken()) {
                repair();
            }
            pending.removeIf(p -> p.seq() <= coveredSeq);
            if (pending.isEmpty()) {
                reportDurable(coveredSeq);
                return;
            }
            long last;
            try {
                last = file.append(pending);
            } finally {
                lastOwnWrite = clock.instant(); // lines written by a failed attempt are ours too
            }
            pending.clear();
            retry.succeeded();
            reportDurable(last);
        } catch (IOException | RuntimeException e) {
            fail(e);
        }
    }

    private void fail(Exception e) {
        if (e instanceof LockLost lost && lost.forGood()) {
            if (!retry.stopped()) {
                LOG.error("session {} is no longer ours to write ({}); changes stay in memory until it is closed",
                        files.folder(), lost.getMessage());
                listener.get().stopped(retry.stop(e));
            }
            return;
        }
        listener.get().failing(retry.failed(e, FileJournal.now()));
    }

    /**
     * After a failure: carry on with the same file when it is intact; otherwise (folder or file gone,
     * channel lost) write a snapshot of the current state, which holds every pending change, and
     * start an empty journal.
     */
    private void repair() throws IOException {
        if (file.resumable()) {
            return;
        }
        file.close();
        SessionState current = state.get();
        lock.retake(current.session().id(), ownWritesUntil());
        try {
            snapshots.write(current);
        } finally {
            lastOwnWrite = clock.instant();
        }
        coveredSeq = Math.max(coveredSeq, current.seq());
        file.startEmpty();
        LOG.info("session {} written afresh at seq {} after a write failure", files.folder(), current.seq());
    }

    /** The last moment this process wrote into the folder, journal or snapshot (also on another thread). */
    private Instant ownWritesUntil() {
        Instant snapshot = snapshots.lastAttempt();
        return snapshot != null && snapshot.isAfter(lastOwnWrite) ? snapshot : lastOwnWrite;
    }

    private void reportDurable(long seq) {
        if (seq > durableSeq || retry.problem() != null) {
            durableSeq = Math.max(durableSeq, seq);
            retry.clearProblem();
            listener.get().durable(durableSeq);
        }
    }

    // --- compaction ---

    void snapshotIfDue(long now) {
        if (!retry.broken()) {
            compaction.maybeStart(file, now);
        }
    }

    void snapshotDone(Compaction.Done done) {
        long seq = compaction.finished(done, FileJournal.now());
        if (seq >= 0) {
            compactTo(seq);
        }
    }

    /** The snapshot at {@code seq} is on disk: drop the journal lines it covers. */
    private void compactTo(long seq) {
        if (seq <= coveredSeq) {
            return;
        }
        coveredSeq = seq;
        pending.removeIf(p -> p.seq() <= seq);
        if (retry.broken() || !file.hasChannel()) {
            return; // repair() starts a fresh journal anyway
        }
        try {
            file.dropUpTo(seq);
            reportDurable(seq);
        } catch (IOException | RuntimeException e) {
            fail(e);
            file.close();
        }
    }

    /** Closing: true when done (everything durable and compacted, or rescued after the timeout). */
    boolean finish(long closeDeadline) {
        if (!pending.isEmpty()) {
            if (!retry.stopped() && FileJournal.now() < closeDeadline) {
                return false;
            }
            SessionState last = state.get();
            LOG.error("closing {} with {} changes not written: {}", files.folder(), pending.size(), retry.problem());
            if (!last.equals(rescued)) {
                rescue.save(last);
            }
            return true;
        }
        if (compaction.running()) {
            return false;
        }
        if (file.size() > 0 && !retry.broken()) {
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
}
