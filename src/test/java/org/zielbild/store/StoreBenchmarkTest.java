package org.zielbild.store;


import java.nio.file.Files;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zielbild.domain.AddParticipant;
import org.zielbild.domain.AddStage;
import org.zielbild.domain.Change;
import org.zielbild.domain.Participant;
import org.zielbild.domain.RenameParticipant;
import org.zielbild.domain.RenameStage;
import org.zielbild.domain.Session;
import org.zielbild.domain.SetStageInstructions;
import org.zielbild.domain.SetStageTimeBox;
import org.zielbild.domain.Stage;
import org.zielbild.session.History;
import org.zielbild.session.OpenSession;
import org.zielbild.session.SessionService;
import org.zielbild.session.SessionState;

/**
 * Store speed for sessions of 100, 1,000 and 5,000 notes' worth of data. Notes do not exist in the
 * domain yet: a "note" here is a 200-character stage prompt on one of 50 boards (stages), about
 * 210 bytes of JSON, in a session with 40 participants and a full undo history. The changes are a
 * mix of board edits (time box, title, instructions) and participant renames. Run with
 * {@code ./mvnw -Pbench verify}; figures go to {@code target/bench/store.txt}.
 */
@Tag("bench")
class StoreBenchmark {

    private static final int[] SIZES = {100, 1000, 5000};

    @TempDir
    Path home;

    private final StringBuilder report = new StringBuilder();

    @Test
    void measure() throws Exception {
        line("Zielbild Studio – session store benchmark");
        line("machine: %d cpus, %s %s, Java %s, file system %s (%s)", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"),
                Files.getFileStore(home).type(), home);
        line("payload: N notes' worth = N stage prompts of 200 chars on 50 boards, 40 participants, a full undo history;");
        line("changes: board time box / title / instructions and participant renames, mixed");
        line("");
        warmUp();
        for (int n : SIZES) {
            Session session = session(n);
            line("== %d notes' worth (snapshot %,d bytes)", n, new StoreCodec().snapshot(
                    Snapshot.of(SessionState.fresh(session), java.time.Instant.now(), 1)).length);
            ackLatency(session);
            snapshotWrite(session);
            open(session);
            line("");
        }
        fxThreadWithSlowDisk(session(5000));
        worstCaseRoster();
        Path out = Path.of("target", "bench");
        Files.createDirectories(out);
        Files.writeString(out.resolve("store.txt"), report);
        System.out.print(report);
    }

    /** Change → durable acknowledgement, one change at a time and while typing fast (one change every 2 ms). */
    private void ackLatency(Session session) throws Exception {
        WorkspaceSessionLibrary library = StoreTestSupport.library(home.resolve("ack" + System.nanoTime()));
        AtomicLong ackedAt = new AtomicLong();
        StoreTestSupport.Inbox inbox = new StoreTestSupport.Inbox();
        java.util.concurrent.Executor stamped = r -> {
            ackedAt.set(System.nanoTime());
            inbox.execute(r);
        };
        try (OpenSession open = library.create(session, stamped)) {
            SessionService s = open.service();
            Random random = new Random(1);
            // one at a time
            long[] single = new long[600];
            for (int i = 0; i < single.length; i++) {
                long t0 = System.nanoTime();
                s.apply(change(s.session(), random));
                inbox.await(s, st -> st.saved());
                single[i] = ackedAt.get() - t0;
            }
            // typing fast: the test thread polls for acknowledgements every 0.1 ms
            int count = 1000;
            long first = s.state().seq() + 1;
            long[] appliedAt = new long[count];
            long[] fast = new long[count];
            long next = System.nanoTime();
            int acked = 0;
            while (acked < count) {
                int applied = (int) (s.state().seq() - first + 1);
                if (applied < count && System.nanoTime() >= next) {
                    long t0 = System.nanoTime();
                    s.apply(change(s.session(), random)); // a no-op change takes no seq and is not counted
                    if (s.state().seq() - first + 1 > applied) {
                        appliedAt[applied] = t0;
                    }
                    next += 2_000_000;
                }
                inbox.drain();
                long durable = s.state().seq() - s.saveStatus().pending() - first + 1;
                long now = System.nanoTime();
                while (acked < durable) {
                    fast[acked] = now - appliedAt[acked];
                    acked++;
                }
                java.util.concurrent.locks.LockSupport.parkNanos(100_000);
            }
            line("change → durable ack, one at a time:  median %s, p99 %s (n=%d)", ms(single, 50), ms(single, 99), single.length);
            line("change → durable ack, typing fast:    median %s, p99 %s (n=%d, a change every 2 ms)", ms(fast, 50), ms(fast, 99), count);
        }
    }

    /** A snapshot: serialise, temp file, force, keep backup, atomic move, force folder. */
    private void snapshotWrite(Session session) throws Exception {
        SessionFiles files = new SessionFiles(Files.createDirectories(home.resolve("snap" + System.nanoTime())));
        StoreCodec codec = new StoreCodec();
        SnapshotWriter writer = new SnapshotWriter(files, codec, FileOps.REAL, java.time.Clock.systemUTC());
        SessionState state = stateWithHistory(session);
        long[] times = new long[40];
        long[] encode = new long[40];
        for (int i = 0; i < times.length; i++) {
            SessionState s = new SessionState(state.session(), state.history(), state.seq() + i);
            long t0 = System.nanoTime();
            codec.snapshot(Snapshot.of(s, java.time.Instant.now(), 1));
            encode[i] = System.nanoTime() - t0;
            t0 = System.nanoTime();
            writer.write(s);
            times[i] = System.nanoTime() - t0;
        }
        line("snapshot write (incl. serialising):    median %s, p95 %s (serialising alone: median %s)",
                ms(times, 50), ms(times, 95), ms(encode, 50));
    }

    /** Opening a session whose journal holds 1,000 changes after the snapshot. */
    private void open(Session session) throws Exception {
        JournalPolicy noCompaction = StoreTestSupport.FAST.withCompactAfterLines(Integer.MAX_VALUE);
        WorkspaceSessionLibrary library = StoreTestSupport.library(home.resolve("open" + System.nanoTime()), FileOps.REAL,
                noCompaction);
        StoreTestSupport.Inbox fx = new StoreTestSupport.Inbox();
        Path image = home.resolve("image" + System.nanoTime());
        try (OpenSession open = library.create(session, fx)) {
            SessionService s = open.service();
            Random random = new Random(2);
            for (int i = 0; i < 1000; i++) {
                s.apply(change(s.session(), random));
            }
            fx.awaitSaved(s);
            DamageTest.copyTree(Path.of(open.location()), image); // as a crash leaves it: 1,000 journal lines
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
        line("open (snapshot + 1,000 journal lines): median %s, max %s (reading + replay alone: median %s)",
                ms(total, 50), ms(total, 100), ms(readOnly, 50));
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
        long[] stored = new long[1500];
        try (OpenSession open = library.create(session, fx)) {
            slow.forceDelayMillis.set(50);
            stored = applyTimes(open.service(), fx, stored.length);
            slow.forceDelayMillis.set(0);
            fx.awaitSaved(open.service());
        }
        long[] memory = applyTimes(SessionService.inMemory(session), fx, stored.length);
        line("== FX thread: SessionService.apply on the calling thread, 5,000 notes' worth, fsync slowed to 50 ms, snapshots every 100 changes");
        line("store (slow disk):   median %s, p99 %s, max %s", ms(stored, 50), ms(stored, 99), ms(stored, 100));
        line("in-memory journal:   median %s, p99 %s, max %s", ms(memory, 50), ms(memory, 99), ms(memory, 100));
    }

    private static long[] applyTimes(SessionService s, StoreTestSupport.Inbox fx, int count) {
        Random random = new Random(3);
        long[] times = new long[count];
        for (int i = 0; i < count; i++) {
            Change change = change(s.session(), random);
            long t0 = System.nanoTime();
            s.apply(change);
            times[i] = System.nanoTime() - t0;
            fx.drain();
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
        }
        return times;
    }

    // ------------------------------------------------------------------ data

    static Session session(int notes) {
        return session(notes, 40);
    }

    static Session session(int notes, int participants) {
        Session start = StoreTestSupport.templateSession("Benchmark " + notes);
        SessionService s = SessionService.inMemory(start);
        Random random = new Random(notes);
        for (int i = 0; i < participants; i++) {
            s.apply(AddParticipant.atEnd(new Participant("p" + i, name(random, 64) + " " + i, null)));
        }
        int boards = 50;
        for (int k = 0; k < boards; k++) {
            List<String> prompts = new ArrayList<>();
            for (int i = k; i < notes; i += boards) {
                prompts.add(name(random, 200));
            }
            s.apply(new AddStage(new Stage("board-" + k, "Board " + k, "customer", 30, "", prompts), -1));
        }
        return s.session();
    }

    /** A board edit or a participant rename, as a facilitator makes them. */
    private static Change change(Session session, Random random) {
        List<Stage> stages = session.agenda().stages();
        Stage board = stages.get(random.nextInt(stages.size()));
        return switch (random.nextInt(4)) {
            case 0 -> new SetStageTimeBox(board.id(), 5 + random.nextInt(100));
            case 1 -> new RenameStage(board.id(), name(random, 30));
            case 2 -> new SetStageInstructions(board.id(), name(random, 150));
            default -> {
                List<Participant> people = session.roster().participants();
                yield new RenameParticipant(people.get(random.nextInt(people.size())).id(), name(random, 60));
            }
        };
    }

    /** The session with a full undo history, as a real day has. */
    private static SessionState stateWithHistory(Session session) {
        SessionService s = SessionService.inMemory(session);
        Random random = new Random(4);
        for (int i = 0; i < History.LIMIT; i++) {
            s.apply(change(s.session(), random));
        }
        return s.state();
    }

    /** One quiet pass so the JIT has compiled the paths before anything is measured. */
    private void warmUp() throws Exception {
        int length = report.length();
        Session session = session(1000);
        ackLatency(session);
        snapshotWrite(session);
        open(session);
        report.setLength(length);
    }

    /**
     * Not a store figure: 1,000 renames among 5,000 participants. Each rename checks the name
     * against every other one (Unicode-normalised), so replaying them is the domain's cost.
     */
    private void worstCaseRoster() throws Exception {
        Session big = session(0, 5000);
        SessionService s = SessionService.inMemory(big);
        Random random = new Random(5);
        long t0 = System.nanoTime();
        for (int i = 0; i < 1000; i++) {
            List<Participant> people = s.session().roster().participants();
            s.apply(new RenameParticipant(people.get(random.nextInt(people.size())).id(), name(random, 60)));
        }
        long inMemory = System.nanoTime() - t0;
        line("");
        line("== for comparison (domain, not store): 1,000 participant renames among 5,000 participants, in memory: %.0f ms",
                inMemory / 1e6);
        line("   (each rename checks uniqueness against every name with Unicode normalisation; replay pays the same)");
    }

    private static String name(Random random, int length) {
        String words = "Kundenzufriedenheit Zielbild Team Auftrag Workshop Mehrwert Leitlinie Coach Vision Wirkung ";
        StringBuilder b = new StringBuilder();
        while (b.length() < length) {
            int start = random.nextInt(words.length() - 12);
            b.append(words, start, start + 12);
        }
        return b.substring(0, length).strip();
    }

    private static String ms(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int i = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return String.format(Locale.ROOT, "%.2f ms", sorted[Math.max(0, i)] / 1e6);
    }

    private void line(String format, Object... args) {
        report.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

}
