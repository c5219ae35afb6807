package org.zielbild.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.zielbild.session.OpenSession;
import org.zielbild.session.SessionState;
import org.zielbild.session.SessionUnavailableException;

/**
 * The hostile tester's two-writer case (issue 17, case 1), between real processes: instance A
 * ({@link CrashChild}) works on a session, the folder is moved away under it ({@code mv}), and a
 * second instance B opens the session at the old path, either while A has made the folder again,
 * or after a copy of the moved folder was put back there. Both are killed at random moments.
 *
 * <p>What must hold: no two instances ever acknowledge changes for one folder; an instance that
 * lost the folder to another stops and says so and acknowledges nothing after; every change an
 * instance acknowledged is in a folder that opens cleanly (the moved one, or the one at the path).
 */
final class MovedFolderHarness {

    enum Variant {
        /** A makes the folder again (under its lock); B is refused. */
        RECREATED,
        /** The moved folder is copied back; whoever locks it first keeps it, the other stops or is refused. */
        COPIED_BACK
    }

    /** What one round showed: who ended up writing at the old path. */
    record Round(Variant variant, boolean secondWriterRefused, boolean firstWriterStopped, long acked) {
    }

    private final Path workspace;
    private final Random random;
    private int round;

    MovedFolderHarness(Path workspace, long seed) {
        this.workspace = workspace;
        this.random = new Random(seed);
    }

    Round run(Variant variant) throws Exception {
        round++;
        WorkspaceSessionLibrary library = StoreTestSupport.library(workspace);
        StoreTestSupport.Inbox fx = new StoreTestSupport.Inbox();
        Path folder;
        SessionState start;
        try (OpenSession open = library.create(StoreTestSupport.templateSession("Moved " + round + " " + random.nextInt()), fx)) {
            folder = Path.of(open.location());
            start = open.service().state();
        }
        Path moved = workspace.resolve("moved-away-" + round);
        long seedA = random.nextLong();
        String what = variant + " round " + round + " (seed A " + seedA + ")";
        ChildProcess a = ChildProcess.start(folder, seedA, 20 + random.nextInt(200));
        ChildProcess b = null;
        try {
            assertThat(a.ready.await(30, TimeUnit.SECONDS)).as("%s: A ready (%s)", what, a.errTail()).isTrue();
            Thread.sleep(100 + random.nextInt(500));
            Files.move(folder, moved, StandardCopyOption.ATOMIC_MOVE); // mv, while A keeps typing
            if (variant == Variant.RECREATED) {
                waitFor(() -> Files.exists(folder.resolve("session.json")), what + ": A makes the folder again");
                b = ChildProcess.start(folder, random.nextLong(), 20 + random.nextInt(200));
                assertThat(b.answered.await(30, TimeUnit.SECONDS)).as("%s: B opens or is refused (%s)", what, b.errTail()).isTrue();
                assertThat(b.said("REFUSED")).as("%s: A holds the folder it made again: B is refused (%s)", what, b.said).isTrue();
                Thread.sleep(200 + random.nextInt(600));
                return check(variant, a, -1, start, seedA, folder, moved, what);
            }
            Thread.sleep(random.nextInt(150));
            DamageTest.copyTree(moved, folder);
            if (random.nextBoolean()) {
                // The copy names A as the holder, and A is alive: B is refused by the info file alone.
                // Without it (a copy made without hidden files, or B on another computer) only the lock decides.
                Files.deleteIfExists(folder.resolve("lock-info.json"));
            }
            long bAcked = secondInstanceTypesIfItMay(folder, random.nextLong(), a, what);
            return check(variant, a, bAcked, start, seedA, folder, moved, what);
        } finally {
            a.kill();
            if (b != null) {
                b.kill();
            }
        }
    }

    /**
     * B, this process: opens the folder put back at the old path; when it may (A has not taken it
     * back first), it types for a while and closes, while A must notice and stop.
     *
     * @return the seq B acknowledged last, or -1 when B was refused
     */
    private long secondInstanceTypesIfItMay(Path folder, long seed, ChildProcess a, String what) throws Exception {
        WorkspaceSessionLibrary library = StoreTestSupport.library(folder.getParent());
        StoreTestSupport.Inbox fx = new StoreTestSupport.Inbox();
        OpenSession b;
        try {
            b = library.openFolder(folder, fx);
        } catch (SessionUnavailableException e) {
            assertThat(e.userMessage().key()).as("%s: B refused because A holds the folder", what).startsWith("store.lock.");
            return -1;
        }
        try (b) {
            RandomWorkload work = new RandomWorkload(seed);
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300 + random.nextInt(500));
            while (System.nanoTime() < end || !a.said("STOPPED")) {
                work.step(b.service());
                fx.drain();
                Thread.sleep(2);
                if (System.nanoTime() > end + TimeUnit.SECONDS.toNanos(20)) {
                    throw new AssertionError(what + ": A did not stop while B has the folder: " + a.said);
                }
            }
            fx.awaitSaved(b.service());
            return b.service().state().seq();
        }
    }

    private Round check(Variant variant, ChildProcess a, long bAcked, SessionState start, long seedA, Path folder, Path moved,
                        String what) throws Exception {
        boolean bRefused = bAcked < 0;
        long aAcked = a.kill();
        assertThat(a.acksAfterStop.get()).as("%s: A acknowledged nothing after it stopped", what).isZero();
        assertThat(a.said("STOPPED")).as("%s: A stops only when B has the folder (%s)", what, a.said).isEqualTo(!bRefused);
        checkOpensWith(folder, bRefused ? aAcked : bAcked, what + ": the folder at the path");
        SessionState atPath = open(folder, what);
        if (bRefused) {
            assertThat(atPath).as("%s: exactly A's changes at the path", what)
                    .isEqualTo(CrashHarness.replay(start, seedA, atPath.seq(), what));
        } else {
            checkOpensWith(moved, aAcked, what + ": the moved folder holds everything A acknowledged");
        }
        SessionState inMoved = open(moved, what);
        assertThat(inMoved).as("%s: the moved folder holds a state A really had", what)
                .isEqualTo(CrashHarness.replay(start, seedA, inMoved.seq(), what));
        return new Round(variant, bRefused, a.said("STOPPED"), aAcked);
    }

    private static void checkOpensWith(Path folder, long acked, String what) throws Exception {
        assertThat(open(folder, what).seq()).as("%s: every acknowledged change is there", what).isGreaterThanOrEqualTo(acked);
    }

    private static SessionState open(Path folder, String what) throws Exception {
        WorkspaceSessionLibrary library = StoreTestSupport.library(folder.getParent());
        try (OpenSession open = library.openFolder(folder, new StoreTestSupport.Inbox())) {
            return open.service().state();
        } catch (SessionUnavailableException e) {
            throw new AssertionError(what + ": " + folder + " does not open cleanly: " + e.userMessage(), e);
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError(what + ": not within 20 s");
            }
            Thread.sleep(10);
        }
    }
}
