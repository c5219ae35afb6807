package org.zielbild.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zielbild.bench.BenchReport;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Session;
import org.zielbild.session.History;
import org.zielbild.session.OpenSession;
import org.zielbild.session.SessionService;
import org.zielbild.session.SessionState;
import org.zielbild.testing.LargeSessions;
import org.zielbild.testing.NoteWork;

/**
 * Store speed for sessions with 100, 1,000 and 5,000 real notes ({@link LargeSessions}: the template
 * day, 40 participants, nine boards, ~10 % of the notes clustered, two dot votes, a mood round)
 * and a full undo history. The changes are the board work of a day ({@link NoteWork}: typing,
 * dragging, tidying, editing, dots, deleting, clusters). Run with {@code ./mvnw -Pbench verify};
 * figures go to {@code target/bench/store.txt}.
 */
@Tag("bench")
class StoreBenchmarkTest {

    private static final int[] SIZES = {100, 1000, 5000};

    @TempDir
    Path home;

    private final BenchReport report = new BenchReport();

    @Test
    void measure() throws Exception {
        warmUp();
        report.line("Zielbild Studio – session store benchmark");
        report.line("machine: %d cpus, %s %s, Java %s, file system %s (%s); load average before: %.2f",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"), Files.getFileStore(home).type(), home, loadAverage());
        report.line("payload: the template day with N notes of realistic length on 9 boards, ~10%% clustered, 2 dot votes");
        report.line("(40 participants × 5 dots), a mood round, 40 participants in 5 teams, a full undo history (%d steps)",
                History.LIMIT);
        report.line("changes: board work – notes typed, dragged, tidied, edited, deleted, dots, clusters – as NoteWork makes them");
        report.line("");
        for (int n : SIZES) {
            Session session = LargeSessions.build(n, n);
            SessionState full = withHistory(session);
            report.line("== %,d notes (snapshot %,d bytes with its undo history)", n,
                    new StoreCodec().snapshot(Snapshot.of(full, Instant.now(), 1)).length);
            ackLatency(session);
            snapshotWrite(full);
            open(session);
            report.line("");
        }
        fxThreadWithSlowDisk(LargeSessions.build(5000, 5000));
        report.line("");
        report.line("load average after: %.2f (2 cores; other builds may have been running)", loadAverage());
        report.write("store.txt");
    }

    /** Change → durable acknowledgement, one change at a time and while typing fast (one change every 2 ms). */
    private void ackLatency(Session session) throws Exception {
        WorkspaceSessionLibrary library = StoreTestSupport.library(home.resolve("ack" + System.nanoTime()));
        AtomicLong ackedAt = new AtomicLong();
        StoreTestSupport.Inbox inbox = new StoreTestSupport.Inbox();
        Executor stamped = r -> {
            ackedAt.set(System.nanoTime());
            inbox.execute(r);
        };
        try (OpenSession open = library.create(session, stamped)) {
            SessionService s = open.service();
            NoteWork work = new NoteWork(1);
            long[] single = new long[600];
            for (int i = 0; i < single.length; i++) {
                long t0 = System.nanoTime();
                apply(s, work);
                inbox.await(s, st -> st.saved());
                single[i] = ackedAt.get() - t0;
            }
            // typing fast: the test thread polls for acknowledgements every 0.1 ms
            int count = 1000;
            long first = s.state().seq() + 1;
            long[] appliedAt = new long[count];
            long[] fast = new long[count];
            long next = System.nanoTime();
            int applied = 0;
            int acked = 0;
            while (acked < count) {
                if (applied < count && System.nanoTime() >= next) {
                    appliedAt[applied++] = System.nanoTime();
                    apply(s, work);
                    next += 2_000_000;
                }
                inbox.drain();
                long durable = s.state().seq() - s.saveStatus().pending() - first + 1;
                long now = System.nanoTime();
                while (acked < durable) {
                    fast[acked] = now - appliedAt[acked];
                    acked++;
                }
                LockSupport.parkNanos(100_000);
            }
            report.line("change → durable ack, one at a time:  median %s, p99 %s (n=%d)", BenchReport.ms(single, 50), BenchReport.ms(single, 99),
                    single.length);
            report.line("change → durable ack, typing fast:    median %s, p99 %s (n=%d, a change every 2 ms)", BenchReport.ms(fast, 50),
                    BenchReport.ms(fast, 99), count);
        }
    }

    /** A snapshot: serialise, temp file, force, keep backup, atomic move, force folder. */
    private void snapshotWrite(SessionState state) throws Exception {
        SessionFiles files = new SessionFiles(Files.createDirectories(home.resolve("snap" + System.nanoTime())));
        StoreCodec codec = new StoreCodec();
        SnapshotWriter writer = new SnapshotWriter(files, codec, FileOps.REAL, java.time.Clock.systemUTC(), LockGuard.NONE);
        long[] times = new long[40];
        long[] encode = new long[40];
        for (int i = 0; i < times.length; i++) {
            SessionState s = new SessionState(state.session(), state.history(), state.seq() + i);
            long t0 = System.nanoTime();
            codec.snapshot(Snapshot.of(s, Instant.now(), 1));
            encode[i] = System.nanoTime() - t0;
            t0 = System.nanoTime();
            writer.write(s);
            times[i] = System.nanoTime() - t0;
        }
        report.line("snapshot write (incl. serialising):    median %s, p95 %s (serialising alone: median %s)",
                BenchReport.ms(times, 50), BenchReport.ms(times, 95), BenchReport.ms(encode, 50));
    }

    /** Opening a session whose journal holds 1,000 note changes after the snapshot. */
    private void open(Session session) throws Exception {
        JournalPolicy noCompaction = StoreTestSupport.FAST.withCompactAfterLines(Integer.MAX_VALUE);
        WorkspaceSessionLibrary library = StoreTestSupport.library(home.resolve("open" + System.nanoTime()), FileOps.REAL,
                noCompaction);
        StoreTestSupport.Inbox fx = new StoreTestSupport.Inbox();
        Path image = home.resolve("image" + System.nanoTime());
        long journalBytes;
        try (OpenSession open = library.create(session, fx)) {
            SessionService s = open.service();
            NoteWork work = new NoteWork(2);
            for (int i = 0; i < 1000; i++) {
                apply(s, work);
            }
            fx.awaitSaved(s);
            DamageTest.copyTree(Path.of(open.location()), image); // as a crash leaves it: 1,000 journal lines
            journalBytes = Files.size(image.resolve("journal.jsonl"));
        }
        long[] total = new long[10];
        long[] readOnly = new long[10];
        for (int i = 0; i < total.length; i++) {
            Path copy = home.resolve("copy" + System.nanoTime());
            DamageTest.copyTree(image, copy);
            long t0 = System.nanoTime();
            new SessionReader(new StoreCodec()).read(new SessionFiles(copy));
            readOnly[i] = System.nanoTime() - t0;
            t0 = System.nanoTime();
            OpenSession open = library.openFolder(copy, fx);
            total[i] = System.nanoTime() - t0;
            open.close();
        }
        report.line("open (snapshot + 1,000 journal lines): median %s, max %s (reading + replay alone: median %s; journal %,d bytes)",
                BenchReport.ms(total, 50), BenchReport.ms(total, 100), BenchReport.ms(readOnly, 50), journalBytes);
    }

    /**
     * The calling (FX) thread's cost of {@code apply} while every fsync takes 50 ms and background
     * snapshots run, against the same with an in-memory journal.
     */
    private void fxThreadWithSlowDisk(Session session) throws Exception {
        FaultyFileOps slow = new FaultyFileOps();
        WorkspaceSessionLibrary library = StoreTestSupport.library(home.resolve("slow"), slow,
                StoreTestSupport.FAST.withCompactAfterLines(100));
        StoreTestSupport.Inbox fx = new StoreTestSupport.Inbox();
        long[] stored;
        try (OpenSession open = library.create(session, fx)) {
            slow.forceDelayMillis.set(50);
            stored = applyTimes(open.service(), fx, 1500);
            slow.forceDelayMillis.set(0);
            fx.awaitSaved(open.service());
        }
        long[] memory = applyTimes(SessionService.inMemory(session), fx, stored.length);
        report.line("== FX thread: SessionService.apply on the calling thread, 5,000 notes, fsync slowed to 50 ms, a snapshot every 100 changes");
        report.line("store (slow disk):   median %s, p99 %s, max %s", BenchReport.ms(stored, 50), BenchReport.ms(stored, 99), BenchReport.ms(stored, 100));
        report.line("in-memory journal:   median %s, p99 %s, max %s", BenchReport.ms(memory, 50), BenchReport.ms(memory, 99), BenchReport.ms(memory, 100));
    }

    private static long[] applyTimes(SessionService s, StoreTestSupport.Inbox fx, int count) {
        NoteWork work = new NoteWork(3);
        long[] times = new long[count];
        for (int i = 0; i < count; i++) {
            times[i] = apply(s, work);
            fx.drain();
            LockSupport.parkNanos(1_000_000);
        }
        return times;
    }

    /**
     * Applies the next board change that the session accepts and that changes it (a no-op takes no
     * journal line); returns how long that one took.
     */
    static long apply(SessionService s, NoteWork work) {
        while (true) {
            var change = work.next(s.session());
            long seq = s.state().seq();
            long t0 = System.nanoTime();
            try {
                s.apply(change);
                if (s.state().seq() > seq) {
                    return System.nanoTime() - t0;
                }
            } catch (DomainException refused) {
                // e.g. a dot on a note that has its two already: the next change is another one
            }
        }
    }

    /** The session with a full undo history of board work, as it is after a morning's work. */
    private static SessionState withHistory(Session session) {
        SessionService s = SessionService.inMemory(session);
        NoteWork work = new NoteWork(4);
        for (int i = 0; i < History.LIMIT; i++) {
            apply(s, work);
        }
        return s.state();
    }

    /** One quiet pass so the JIT has compiled the paths before anything is measured. */
    private void warmUp() throws Exception {
        Session session = LargeSessions.build(1000, 1);
        ackLatency(session);
        snapshotWrite(withHistory(session));
        open(session);
        report.clear();
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
