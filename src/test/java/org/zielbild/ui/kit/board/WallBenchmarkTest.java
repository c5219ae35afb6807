package org.zielbild.ui.kit.board;

import atlantafx.base.theme.PrimerLight;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.zielbild.bench.BenchReport;
import org.zielbild.domain.Language;
import org.zielbild.session.SessionService;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.Notifier;
import org.zielbild.ui.common.SessionModel;
import org.zielbild.ui.common.WallPalette;

/**
 * The wall's own layout of a board (decision 0102) on boards of 60, 500 and 2,000 notes in 100
 * clusters: a frame after a note was typed (lay the board out for the wall, then draw it: the
 * snapshot rasterises and reads the pixels back), and a burst of 50 notes typed on the laptop, which
 * the wall takes in one layout on the next pulse, so it is behind by at most one frame when that
 * layout takes less than a frame (16 ms). Figures in target/bench/wall.txt; {@code ./mvnw -Pbench verify}.
 */
@Tag("bench")
@org.junit.jupiter.api.Timeout(value = 20, unit = java.util.concurrent.TimeUnit.MINUTES)
class WallBenchmarkTest {

    private static final int FRAMES = 60;
    /** The room a board gets on a 1080p wall below the titles, in design pixels. */
    private static final double W = 1728;
    private static final double H = 700;

    @Test
    void aFrameOfTheWallsBoardAndABurstOfTyping() throws Exception {
        FxToolkit.registerPrimaryStage();
        BenchReport report = new BenchReport();
        onFx(() -> measure(500, report)); // warm-up for the JIT, not reported
        report.clear();
        report.line("Wall benchmark (WallBoard, %s, room %.0fx%.0f design px, Monocle headless, software pipeline)",
                java.time.Instant.now(), W, H);
        for (int n : new int[] {60, 500, 2_000}) {
            onFx(() -> measure(n, report));
        }
        report.write("wall.txt");
    }

    private static Void measure(int n, BenchReport report) {
        SessionModel model = new SessionModel(SessionService.inMemory(BoardBenchmarkTest.bigBoard(n)), Notifier.SILENT);
        int[] id = {0};
        BoardViewModel vm = new BoardViewModel(model, "board-1", () -> "bench-" + id[0]++, java.time.Clock.systemUTC());
        WallBoard wall = new WallBoard(vm.feed(), new I18n(Language.DE));
        StackPane root = new StackPane(wall);
        root.setStyle(WallPalette.LIGHT.style());
        root.getStylesheets().add(BoardProjection.STYLESHEET);
        root.getStyleClass().add("board-projection");
        new Scene(root, W, H);
        root.applyCss();
        root.layout();
        WritableImage image = new WritableImage((int) W, (int) H);
        long[] frame = new long[FRAMES];
        long[] layout = new long[FRAMES];
        for (int i = 0; i < FRAMES; i++) {
            vm.capture().textProperty().set("Neue Notiz " + i + " über das, was das Team geschrieben hat");
            vm.capture().add();
            long t0 = System.nanoTime();
            wall.layoutNow();
            long t1 = System.nanoTime();
            root.snapshot(null, image);
            long t2 = System.nanoTime();
            layout[i] = t1 - t0;
            frame[i] = t2 - t0;
        }
        long[] burst = new long[10];
        for (int b = 0; b < burst.length; b++) {
            for (int k = 0; k < 50; k++) {
                vm.capture().textProperty().set("Burst " + b + "." + k);
                vm.capture().add();
            }
            long t0 = System.nanoTime();
            wall.layoutNow();
            burst[b] = System.nanoTime() - t0;
        }
        WallBoard.WallLayoutInfo info = wall.info();
        report.line("%,d notes (%s, body %.0f px, %d shown, %d counted in + k more):", vm.snapshot().notes().size(),
                info.everyNote() ? "every note" : "cluster cards", info.body(), info.shownNotes(), info.moreNotes());
        report.line("  frame after a note: lay out + draw  median %s  p95 %s", BenchReport.ms(frame, 50),
                BenchReport.ms(frame, 95));
        report.line("    of which the layout               median %s  p95 %s", BenchReport.ms(layout, 50),
                BenchReport.ms(layout, 95));
        report.line("  a burst of 50 notes: one layout     median %s  p95 %s (one pulse: the wall is at most one frame behind)",
                BenchReport.ms(burst, 50), BenchReport.ms(burst, 95));
        return null;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        CountDownLatch latch = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
                result.set(work.call());
            } catch (Exception e) {
                failure.set(e);
            } finally {
                latch.countDown();
            }
        });
        if (!latch.await(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("benchmark timed out");
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }
}
