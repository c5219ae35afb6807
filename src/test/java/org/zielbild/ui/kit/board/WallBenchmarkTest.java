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
import org.zielbild.bench.FrameSamples;
import org.zielbild.domain.Language;
import org.zielbild.session.SessionService;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.Notifier;
import org.zielbild.ui.common.SessionModel;
import org.zielbild.ui.common.WallPalette;

/**
 * The wall's own layout of a board (decision 0102) on boards of 100, 500 and 2,000 notes in 100
 * clusters: a frame after a note was typed (lay the board out for the wall, then draw it: the
 * snapshot rasterises and reads the pixels back), and a burst of 50 notes typed on the laptop, which
 * the wall takes in one layout on the next pulse, so it is behind by at most one frame when that
 * layout takes less than a frame (16 ms). Steady state: each size is first run through
 * {@link #WARM_UP} unreported rounds, then {@link #ROUNDS} measured rounds, each on a fresh board of
 * that size (so it grows by at most {@link #TYPED} notes) after a GC; frames with a GC are counted.
 * Figures in target/bench/wall.txt; {@code ./mvnw -Pbench verify}.
 */
@Tag("bench")
@org.junit.jupiter.api.Timeout(value = 20, unit = java.util.concurrent.TimeUnit.MINUTES)
class WallBenchmarkTest {

    private static final int FRAMES = 40;
    private static final int BURSTS = 5;
    private static final int WARM_UP = 3;
    private static final int ROUNDS = 4;
    private static final int TYPED = FRAMES + BURSTS * 50;
    /** The room a board gets on a 1080p wall below the titles, in design pixels. */
    private static final double W = 1728;
    private static final double H = 700;

    @Test
    void aFrameOfTheWallsBoardAndABurstOfTyping() throws Exception {
        FxToolkit.registerPrimaryStage();
        BenchReport report = new BenchReport();
        report.line("Wall benchmark (WallBoard, %s, room %.0fx%.0f design px, Monocle headless, software pipeline)",
                java.time.Instant.now(), W, H);
        report.line("load average at start %s; %d warm-up rounds then %d measured rounds per size, each on a fresh "
                + "board that grows by %d typed notes", load(), WARM_UP, ROUNDS, TYPED);
        for (int n : new int[] {100, 500, 2_000}) {
            Samples samples = new Samples();
            for (int r = 0; r < WARM_UP + ROUNDS; r++) {
                boolean measured = r >= WARM_UP;
                System.gc();
                onFx(() -> round(n, measured ? samples : new Samples()));
                if (measured) {
                    samples.endRound();
                }
            }
            samples.report(report);
        }
        report.line("load average at the end %s", load());
        report.write("wall.txt");
    }

    static String load() {
        double l = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return String.format(java.util.Locale.ROOT, "%.1f", l);
    }

    /** The figures of one size over its measured rounds. */
    private static final class Samples {
        final FrameSamples frame = new FrameSamples();
        final FrameSamples layout = new FrameSamples();
        final FrameSamples draw = new FrameSamples();
        final FrameSamples burst = new FrameSamples();
        String what = "";

        void endRound() {
            frame.endRound();
            layout.endRound();
            draw.endRound();
            burst.endRound();
        }

        void report(BenchReport report) {
            report.line("%s", what);
            report.line("  frame after a note: lay out + draw  %s", frame.summary());
            report.line("    of which the layout               %s", layout.summary());
            report.line("    of which the drawing (snapshot)   %s", draw.summary());
            report.line("  a burst of 50 notes: one layout     %s", burst.summary());
        }
    }

    private static Void round(int n, Samples out) {
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
        root.snapshot(null, image);
        for (int i = 0; i < FRAMES; i++) {
            vm.capture().textProperty().set("Neue Notiz " + i + " über das, was das Team geschrieben hat");
            vm.capture().add();
            out.frame.start();
            out.layout.start();
            out.draw.start();
            long t0 = System.nanoTime();
            wall.layoutNow();
            long t1 = System.nanoTime();
            root.snapshot(null, image);
            long t2 = System.nanoTime();
            out.frame.record(t2 - t0);
            out.layout.record(t1 - t0);
            out.draw.record(t2 - t1);
        }
        for (int b = 0; b < BURSTS; b++) {
            for (int k = 0; k < 50; k++) {
                vm.capture().textProperty().set("Burst " + b + "." + k);
                vm.capture().add();
            }
            out.burst.start();
            wall.layoutNow();
            out.burst.stop();
        }
        WallBoard.WallLayoutInfo info = wall.info();
        out.what = String.format(java.util.Locale.ROOT, "%,d notes, %,d after the round (%s, body %.0f px, %d shown, %d counted in + k more):",
                n, vm.snapshot().notes().size(),
                info.everyNote() ? "every note" : "cluster cards", info.body(), info.shownNotes(), info.moreNotes());
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
