package org.zielbild.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.zielbild.session.InMemoryJournal;
import org.zielbild.session.OpenSession;
import org.zielbild.session.SessionService;
import org.zielbild.session.SessionState;

/**
 * Kill -9 rounds against one session folder. Each round starts a fresh JVM ({@link CrashChild})
 * on the folder, lets it apply changes, kills it at a random moment (sometimes while it is still
 * opening), then reopens the folder and checks: it opens cleanly, every acknowledged change is
 * there, and the state is exactly what the same workload gives in memory.
 */
final class CrashHarness {

    /** What one lane of rounds did. */
    record Result(int rounds, long acknowledged, int tornTails, int killedWhileOpening, long maxSeq) {
    }

    private final Path workspace;
    private final Random random;

    CrashHarness(Path workspace, long seed) {
        this.workspace = workspace;
        this.random = new Random(seed);
    }

    Result run(int rounds, long minRunMillis, long maxRunMillis) throws Exception {
        WorkspaceSessionLibrary library = StoreTestSupport.library(workspace);
        StoreTestSupport.Inbox fx = new StoreTestSupport.Inbox();
        Path folder;
        SessionState verified;
        try (OpenSession open = library.create(StoreTestSupport.templateSession("Crash " + random.nextLong()), fx)) {
            folder = Path.of(open.location());
            verified = open.service().state();
        }
        long acknowledged = 0;
        int torn = 0;
        int early = 0;
        for (int round = 1; round <= rounds; round++) {
            long seed = random.nextLong();
            int compactLines = 20 + random.nextInt(300);
            boolean killWhileOpening = random.nextInt(8) == 0;
            long runMillis = minRunMillis + (long) (random.nextDouble() * (maxRunMillis - minRunMillis));
            String what = "round " + round + " (seed " + seed + ", compact " + compactLines + ", "
                    + (killWhileOpening ? "kill while opening" : "kill after " + runMillis + " ms") + ")";
            ChildProcess child = ChildProcess.start(folder, seed, compactLines);
            if (killWhileOpening) {
                child.ready.await(random.nextInt(5) == 0 ? 0 : random.nextInt(600), TimeUnit.MILLISECONDS);
                early += child.ready.getCount() > 0 ? 1 : 0;
            } else {
                assertThat(child.ready.await(30, TimeUnit.SECONDS)).as("%s: child ready (%s)", what, child.errTail()).isTrue();
                Thread.sleep(runMillis);
            }
            long acked = child.kill();
            acknowledged += Math.max(0, acked - verified.seq());
            try (OpenSession reopened = library.openFolder(folder, fx)) {
                SessionState state = reopened.service().state();
                torn += reopened.notes().isEmpty() ? 0 : 1;
                assertThat(state.seq()).as("%s: every acknowledged change is there", what).isGreaterThanOrEqualTo(acked);
                assertThat(state).as("%s: exactly the changes the workload made", what)
                        .isEqualTo(replay(verified, seed, state.seq(), what));
                verified = state;
            } catch (org.zielbild.session.SessionUnavailableException e) {
                throw new AssertionError(what + ": did not open cleanly: " + e.userMessage() + "\n" + child.errTail(), e);
            }
        }
        return new Result(rounds, acknowledged, torn, early, verified.seq());
    }

    /** The same workload in memory, from the round's starting state up to {@code seq}. */
    static SessionState replay(SessionState from, long seed, long seq, String what) {
        SessionService memory = new SessionService(from, new InMemoryJournal(), Runnable::run, Clock.systemUTC());
        RandomWorkload work = new RandomWorkload(seed);
        long guard = (seq - from.seq()) * 20 + 100;
        while (memory.state().seq() < seq && guard-- > 0) {
            work.step(memory);
        }
        assertThat(memory.state().seq()).as("%s: replay reaches seq %d", what, seq).isEqualTo(seq);
        return memory.state();
    }

}
