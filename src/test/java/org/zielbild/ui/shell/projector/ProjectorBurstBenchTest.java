package org.zielbild.ui.shell.projector;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.testing.RunTheDayFxTestBase;

/**
 * How long a burst of 500 changes takes to show on the projector (headless, software rendering).
 * Writes target/bench/projector.txt. Run with {@code ./mvnw -Pbench verify}.
 */
@Tag("bench")
class ProjectorBurstBenchTest extends RunTheDayFxTestBase {

    private static final int WARM_UP = 10;
    private static final int ROUNDS = 40;


    @Test
    void burstOf500ChangesToTheWall(FxRobot robot) throws Exception {
        robot.clickOn("#stageTitle").type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        StringBuilder out = new StringBuilder();
        out.append("Projector: a burst of 500 changes (RenameStage of the projected stage, applied in one FX event)\n");
        out.append("until the projector has redrawn and laid out (post-layout pulse), ").append(ROUNDS)
                .append(" rounds after ").append(WARM_UP).append(" warm-up rounds; headless Monocle, software pipeline\n");
        measure(out, "s3", "stage 3 (no module projection: projector shows title + prompts)");
        measure(out, "s1", "stage 1 (welcome module projection: keeps its rows, sets the text of the row that changed)");
        out.append("machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch")).append(", Java ")
                .append(System.getProperty("java.version")).append(", JVM ")
                .append(ManagementFactory.getRuntimeMXBean().getVmName()).append('\n');
        Path file = Path.of("target", "bench", "projector.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
        System.out.print(out);
    }

    private void measure(StringBuilder out, String stageId, String what) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> shell.sessionWindow().viewModel().select(stageId));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        ProjectorWindow projector = shell.sessionWindow().projector().window();
        List<Long> apply = new ArrayList<>();
        List<Long> shown = new ArrayList<>();
        List<Long> projectorOnly = new ArrayList<>();
        long maxRedraws = 0;
        for (int round = 0; round < WARM_UP + ROUNDS; round++) {
            ProjectorBurst.Result r = ProjectorBurst.run(shell.sessionWindow().viewModel().model(), projector, stageId,
                    500, "Round " + round);
            if (round >= WARM_UP) {
                apply.add(r.applyNanos());
                shown.add(r.shownNanos());
                projectorOnly.add(r.shownNanos() - r.applyNanos());
                maxRedraws = Math.max(maxRedraws, r.redraws());
            }
        }
        out.append("\n").append(what).append('\n');
        out.append(line("apply 500 changes (all laptop views)", apply));
        out.append(line("last change -> shown on the projector", projectorOnly));
        out.append(line("burst start -> shown on the projector", shown));
        out.append("projector redraws per burst (max): ").append(maxRedraws).append('\n');
    }

    private static String line(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format("%-40s median %7.2f ms   p95 %7.2f ms   p99 %7.2f ms   max %7.2f ms%n", what,
                ms(percentile(sorted, 50)), ms(percentile(sorted, 95)), ms(percentile(sorted, 99)),
                ms(sorted.get(sorted.size() - 1)));
    }

    private static long percentile(List<Long> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
