package org.zielbild.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
            Child child = Child.start(folder, seed, compactLines);
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
    private static SessionState replay(SessionState from, long seed, long seq, String what) {
        SessionService memory = new SessionService(from, new InMemoryJournal(), Runnable::run, Clock.systemUTC());
        RandomWorkload work = new RandomWorkload(seed);
        long guard = (seq - from.seq()) * 20 + 100;
        while (memory.state().seq() < seq && guard-- > 0) {
            work.step(memory);
        }
        assertThat(memory.state().seq()).as("%s: replay reaches seq %d", what, seq).isEqualTo(seq);
        return memory.state();
    }

    /** A child JVM and what it said. */
    private static final class Child {
        final Process process;
        final CountDownLatch ready = new CountDownLatch(1);
        final AtomicLong acked = new AtomicLong(-1);
        final Thread reader;
        final Path err;

        private Child(Process process, Path err) {
            this.process = process;
            this.err = err;
            this.reader = new Thread(this::read, "crash-child-reader");
            reader.setDaemon(true);
            reader.start();
        }

        static Child start(Path folder, long seed, int compactLines) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> cmd = new ArrayList<>(List.of(java, "-cp", classPath(), "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC", "-Xss512k", "-Xmx192m", "-Xshare:auto",
                    "-Djava.awt.headless=true", CrashChild.class.getName(), folder.toString(), String.valueOf(seed),
                    String.valueOf(compactLines)));
            Path err = Files.createTempFile(folder.getParent(), "child", ".err");
            Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
            return new Child(p, err);
        }

        private void read() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("ACK ")) {
                        acked.accumulateAndGet(Long.parseLong(line.substring(4).trim()), Math::max);
                    } else if (line.startsWith("READY ")) {
                        acked.accumulateAndGet(Long.parseLong(line.substring(6).trim()), Math::max);
                        ready.countDown();
                    }
                }
            } catch (IOException | NumberFormatException e) {
                // the pipe closes when the child dies; everything it wrote before was read
            }
        }

        /** SIGKILL on Linux and macOS, TerminateProcess on Windows; returns the last acknowledged seq. */
        long kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            reader.join(10_000);
            return acked.get();
        }

        String errTail() {
            try {
                List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
            } catch (IOException e) {
                return "(no stderr)";
            }
        }
    }

    /** The test JVM's classpath; Surefire may hide it behind a manifest-only jar. */
    static String classPath() {
        String cp = System.getProperty("surefire.test.class.path");
        if (cp == null || cp.isBlank()) {
            cp = System.getProperty("java.class.path");
        }
        return cp.replace(File.pathSeparatorChar == ';' ? ":" : ";", File.pathSeparator);
    }
}
