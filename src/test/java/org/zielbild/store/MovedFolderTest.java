package org.zielbild.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, case 1: a session folder moved away while open, then a second instance on the old
 * path. Real processes (see {@link MovedFolderHarness}). The normal build runs a few rounds; the
 * soak profile ({@code ./mvnw -Psoak verify}, {@code -Dmoved.rounds=N}) runs many.
 */
class MovedFolderTest {

    @TempDir
    Path home;

    @Test
    @Timeout(300)
    void aMovedFolderIsTakenBackUnderTheLockAndASecondInstanceIsRefused() throws Exception {
        MovedFolderHarness harness = new MovedFolderHarness(Files.createDirectories(home.resolve("sessions")), seed());
        MovedFolderHarness.Round round = harness.run(MovedFolderHarness.Variant.RECREATED);
        assertThat(round.secondWriterRefused()).isTrue();
        assertThat(round.firstWriterStopped()).isFalse();
    }

    @Test
    @Timeout(300)
    void aCopyPutBackWhileTheFirstInstanceRunsHasOneWriterOnly() throws Exception {
        MovedFolderHarness harness = new MovedFolderHarness(Files.createDirectories(home.resolve("sessions")), seed());
        for (int i = 0; i < 2; i++) {
            harness.run(MovedFolderHarness.Variant.COPIED_BACK);
        }
    }

    @Test
    @Tag("soak")
    @Timeout(value = 4, unit = TimeUnit.HOURS) // the build's default of two minutes is for tests that hang
    void manyMovedFoldersAndSecondInstancesLoseNothing() throws Exception {
        int rounds = Integer.getInteger("moved.rounds", 60);
        long seed = seed();
        MovedFolderHarness harness = new MovedFolderHarness(Files.createDirectories(home.resolve("sessions")), seed);
        List<MovedFolderHarness.Round> done = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            MovedFolderHarness.Variant variant = MovedFolderHarness.Variant.values()[i % 2];
            try {
                done.add(harness.run(variant));
            } catch (AssertionError e) {
                throw new AssertionError("round " + (i + 1) + " failed (rerun with -Dmoved.seed=" + seed + ")", e);
            }
        }
        long refused = done.stream().filter(MovedFolderHarness.Round::secondWriterRefused).count();
        long stopped = done.stream().filter(MovedFolderHarness.Round::firstWriterStopped).count();
        String summary = String.format("moved folder, two writers: %d rounds, second instance refused %d times, "
                + "first instance stopped (second kept the folder) %d times, 0 acknowledged changes lost; %d s; seed %d%n",
                done.size(), refused, stopped, (System.nanoTime() - start) / 1_000_000_000L, seed);
        Path out = Files.createDirectories(Path.of("target", "crash"));
        Files.writeString(out.resolve("moved-soak.txt"), summary);
        System.out.print(summary);
        assertThat(done).hasSize(rounds);
    }

    private static long seed() {
        return Long.getLong("moved.seed", System.nanoTime());
    }
}
