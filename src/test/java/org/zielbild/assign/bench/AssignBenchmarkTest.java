package org.zielbild.assign.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.zielbild.assign.Assignment;
import org.zielbild.assign.AssignmentEngine;
import org.zielbild.assign.AssignmentProblem;
import org.zielbild.assign.Policy;

/**
 * Times the engine on workshop-sized and large problems, per policy, after a warm-up; writes
 * median and p95 to target/bench/assign.txt. Run with {@code ./mvnw -Pbench verify}.
 * A plain harness rather than JMH: each call takes milliseconds, so timer resolution and
 * dead-code elimination (the result is checked) are no concern.
 */
@Tag("bench")
class AssignBenchmarkTest {

    private record Size(int participants, int coaches, int warmups, int runs) {
    }

    private static final List<Size> SIZES = List.of(
            new Size(23, 4, 2_000, 200),
            new Size(300, 12, 200, 50),
            new Size(1_000, 50, 30, 31));

    @Test
    void timeEveryPolicyAtEverySize() throws IOException {
        List<String> report = new ArrayList<>();
        report.add("Zielbild assignment engine benchmark (warm JVM; times in ms per assignment)");
        report.add(String.format(Locale.ROOT, "JVM %s %s (%s), %d cores, OS %s %s, max heap %d MB",
                System.getProperty("java.vm.name"), System.getProperty("java.vm.version"),
                System.getProperty("java.vm.vendor"), Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        report.add("JVM arguments: " + ManagementFactory.getRuntimeMXBean().getInputArguments());
        report.add(String.format(Locale.ROOT, "%-14s %-13s %5s %9s %9s  %s", "size", "policy", "runs", "median", "p95",
                "profile"));
        for (Size size : SIZES) {
            AssignmentProblem problem = BenchInstances.generate(size.participants(), size.coaches(), 1);
            for (Policy policy : Policy.values()) {
                report.add(measure(size, problem, policy));
            }
        }
        Path file = Path.of("target", "bench", "assign.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, report);
        report.forEach(System.out::println);
        assertThat(Files.readAllLines(file)).hasSize(4 + SIZES.size() * Policy.values().length);
    }

    private static String measure(Size size, AssignmentProblem problem, Policy policy) {
        Assignment first = AssignmentEngine.assign(problem, policy);
        assertThat(first.profile().participants()).isEqualTo(size.participants());
        for (int i = 0; i < size.warmups(); i++) {
            check(first, AssignmentEngine.assign(problem, policy));
        }
        double[] millis = new double[size.runs()];
        for (int i = 0; i < size.runs(); i++) {
            long start = System.nanoTime();
            Assignment result = AssignmentEngine.assign(problem, policy);
            millis[i] = (System.nanoTime() - start) / 1e6;
            check(first, result);
        }
        Arrays.sort(millis);
        return String.format(Locale.ROOT, "%-14s %-13s %5d %9.3f %9.3f  %s",
                size.participants() + " x " + size.coaches(), policy.label(), size.runs(),
                percentile(millis, 50), percentile(millis, 95), first.profile().describe());
    }

    /** Also keeps the JIT from discarding the work. */
    private static void check(Assignment expected, Assignment actual) {
        if (!expected.equals(actual)) {
            throw new AssertionError("the engine is not deterministic");
        }
    }

    /** Nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
