package org.zielbild.ui.kit.board;

import atlantafx.base.theme.PrimerLight;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.zielbild.domain.Session;
import org.zielbild.domain.board.Board;
import org.zielbild.domain.board.Boards;
import org.zielbild.domain.board.Cluster;
import org.zielbild.domain.board.Note;
import org.zielbild.session.SessionService;
import org.zielbild.testing.BoardFixture;
import org.zielbild.bench.FrameSamples;
import org.zielbild.ui.common.Notifier;
import org.zielbild.ui.common.SessionModel;

/**
 * Frame time while panning and zooming, and the time to add one note, on boards of 500, 2,000 and
 * 5,000 notes in 100 clusters. Figures go to target/bench/board.txt. Run: {@code ./mvnw -Pbench verify}.
 *
 * <p>A frame is measured synchronously: move the viewport, let the canvas record its drawing
 * commands, then {@code snapshot} the canvas, which makes the render thread rasterise them and
 * read the pixels back (so the figure includes a read-back a real frame does not have). A second
 * figure drives the same pan from an AnimationTimer and records the time between pulses (60 Hz
 * when nothing is dropped). Steady state: each size's scenarios are warmed up ({@link #WARM_UP}
 * rounds), then measured in {@link #ROUNDS} rounds that take turns, each after a GC; frames in which
 * a GC ran are counted beside the figures.
 */
@Tag("bench")
@org.junit.jupiter.api.Timeout(value = 20, unit = java.util.concurrent.TimeUnit.MINUTES)
class BoardBenchmarkTest {

    private static final int[] SIZES = {500, 2_000, 5_000};
    private static final int CLUSTERS = 100;
    private static final int FRAMES = 60;
    private static final int WARM_UP = 2;
    private static final int ROUNDS = 3;
    private static final int PULSES = 150;
    private static final int ADDS = 40;
    // 1280 x 720 fits Monocle's headless screen; under Xvfb pass -Dbench.width=1920 -Dbench.height=1080.
    private static final double W = Double.parseDouble(System.getProperty("bench.width", "1280"));
    private static final double H = Double.parseDouble(System.getProperty("bench.height", "720"));

    @Test
    void panZoomAndAdd() throws Exception {
        FxToolkit.registerPrimaryStage();
        StringBuilder out = new StringBuilder();
        out.append("Board benchmark, ").append(Instant.now()).append('\n');
        out.append(machine()).append('\n');
        out.append("load average at start ").append(WallBenchmarkTest.load()).append("; ").append(WARM_UP)
                .append(" warm-up rounds of every scenario, then ").append(ROUNDS).append(" measured rounds taking turns\n");
        for (int n : SIZES) {
            out.append(onFx(() -> measure(n))).append('\n');
        }
        out.append(pulses()).append('\n');
        out.append("load average at the end ").append(WallBenchmarkTest.load()).append('\n');
        Path file = Path.of("target", "bench", W == 1280 ? "board.txt" : "board-" + (int) W + "x" + (int) H + ".txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
        System.out.println(out);
    }

    private static String machine() {
        String pipeline;
        try {
            pipeline = com.sun.prism.GraphicsPipeline.getPipeline().getClass().getSimpleName();
        } catch (RuntimeException | LinkageError e) {
            pipeline = "unknown";
        }
        return String.format(Locale.ROOT, "JVM %s %s, %s %s, %d cores, prism.order=%s, glass=%s, pipeline=%s, canvas %dx%d",
                System.getProperty("java.vm.name"), System.getProperty("java.version"), System.getProperty("os.name"),
                System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(),
                System.getProperty("prism.order"), System.getProperty("glass.platform", "default"), pipeline, (int) W, (int) H)
                + "\nJVM input: " + ManagementFactory.getRuntimeMXBean().getInputArguments();
    }

    /** A board of n notes in 100 clusters, each laid out as the view-model would. */
    static Session bigBoard(int n) {
        BoardFixture f = new BoardFixture();
        Board board = f.session.boards().requireBoard(f.boardId);
        List<Note> notes = new ArrayList<>(n);
        List<Cluster> clusters = new ArrayList<>(CLUSTERS);
        int perCluster = n / CLUSTERS;
        double[] size = BoardGeometry.gridFrameSize(perCluster);
        int perRow = 10;
        for (int c = 0; c < CLUSTERS; c++) {
            double x = (c % perRow) * (size[0] + 60);
            double y = (c / perRow) * (size[1] + 60);
            String cid = "c" + c;
            clusters.add(new Cluster(cid, board.id(), "Cluster " + (c + 1), x, y));
            List<double[]> at = BoardGeometry.grid(perCluster, x + BoardGeometry.FRAME_PAD,
                    y + BoardGeometry.FRAME_PAD + BoardGeometry.FRAME_TITLE);
            for (int i = 0; i < perCluster; i++) {
                int k = c * perCluster + i;
                notes.add(new Note("n" + k, board.id(), 0, "Note " + k + ": something the team wrote about topic "
                        + (c + 1) + ", with a few more words", k % 2 == 0 ? f.teamA : f.teamB, "", at.get(i)[0],
                        at.get(i)[1], null, "c" + c, BoardFixture.T0));
            }
        }
        List<Board> boards = f.session.boards().boards();
        return f.session.withBoards(new Boards(boards, notes, clusters));
    }

    private static String measure(int n) {
        SessionModel model = new SessionModel(SessionService.inMemory(bigBoard(n)), Notifier.SILENT);
        BoardViewModel vm = new BoardViewModel(model, "board-1", new java.util.function.Supplier<>() {
            private int i;

            @Override
            public String get() {
                return "new" + i++;
            }
        }, java.time.Clock.systemUTC());
        BoardCanvas canvas = new BoardCanvas(vm, BoardCanvas.Mode.EDIT);
        Stage stage = new Stage();
        stage.setScene(new Scene(new StackPane(canvas), W, H));
        stage.show();
        canvas.applyCss();
        canvas.layout();
        canvas.fitAll();
        Viewport overview = canvas.viewport();
        WritableImage image = new WritableImage((int) W, (int) H);

        // Steady state: every scenario is warmed up, then measured in rounds that take turns, each after a GC.
        FrameSamples pan = new FrameSamples();
        FrameSamples zoom = new FrameSamples();
        FrameSamples panOverview = new FrameSamples();
        Viewport close = new Viewport(1.0, 0, 0);
        for (int r = 0; r < WARM_UP + ROUNDS; r++) {
            boolean measured = r >= WARM_UP;
            System.gc();
            frames(canvas, image, close, FRAMES, 0, measured ? pan : null);
            frames(canvas, image, overview, FRAMES, 1, measured ? zoom : null);
            frames(canvas, image, overview, FRAMES, 0, measured ? panOverview : null);
        }
        int drawnOverview = canvas.lastDrawnNotes();
        // What part of a frame is ours (recording the drawing commands), and what the read-back alone costs.
        canvas.setViewport(overview);
        FrameSamples record = new FrameSamples();
        FrameSamples readBack = new FrameSamples();
        for (int i = 0; i < FRAMES; i++) {
            canvas.setViewport(canvas.viewport().panBy(i % 60 < 30 ? -14 : 14, 0));
            record.start();
            canvas.redrawNow();
            record.stop();
            canvas.snapshot(null, image);
            readBack.start();
            canvas.snapshot(null, image);
            readBack.stop();
        }

        long[] add = new long[ADDS];
        long[] addAndDraw = new long[ADDS];
        for (int i = 0; i < ADDS + 10; i++) {
            vm.capture().textProperty().set("A new note number " + i);
            long t0 = System.nanoTime();
            vm.capture().add();
            long t1 = System.nanoTime();
            canvas.redrawNow();
            canvas.snapshot(null, image);
            long t2 = System.nanoTime();
            if (i >= 10) {
                add[i - 10] = t1 - t0;
                addAndDraw[i - 10] = t2 - t0;
            }
        }
        stage.close();
        vm.dispose();
        return String.format(Locale.ROOT, "%,d notes:%n  pan at 100%%      %s%n  pan at fit-all   %s (%d notes drawn)%n"
                        + "  zoom (fit..100%%) %s%n  add a note       %s%n  add + next frame %s%n"
                        + "  of a fit-all frame: recording the drawing %s%n"
                        + "  a snapshot of an unchanged canvas (read-back, no drawing) %s",
                n, pan.summary(), panOverview.summary(), drawnOverview, zoom.summary(), stats(add), stats(addAndDraw),
                record.summary(), readBack.summary());
    }

    /** Frames: mode 0 pans by a few pixels each frame, mode 1 zooms in and out around the centre. */
    private static void frames(BoardCanvas canvas, WritableImage image, Viewport start, int count, int mode,
                               FrameSamples out) {
        canvas.setViewport(start);
        FrameSamples samples = out == null ? new FrameSamples() : out;
        for (int i = 0; i < count; i++) {
            Viewport v = canvas.viewport();
            if (mode == 0) {
                v = v.panBy(i % 60 < 30 ? -14 : 14, i % 40 < 20 ? -6 : 6);
            } else {
                v = v.zoomAt(i % 60 < 30 ? 1.06 : 1 / 1.06, W / 2, H / 2);
            }
            samples.start();
            canvas.setViewport(v);
            canvas.redrawNow();
            canvas.snapshot(null, image);
            samples.stop();
        }
        samples.endRound();
    }

    /** The same pan driven by pulses: time between pulses on the 2,000-note board at fit-all and at 100 %. */
    private static String pulses() throws Exception {
        BoardCanvas canvas = onFx(() -> {
            SessionModel model = new SessionModel(SessionService.inMemory(bigBoard(2_000)), Notifier.SILENT);
            BoardViewModel vm = new BoardViewModel(model, "board-1", () -> "x", java.time.Clock.systemUTC());
            BoardCanvas c = new BoardCanvas(vm, BoardCanvas.Mode.EDIT);
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(c), W, H));
            stage.show();
            c.applyCss();
            c.layout();
            c.fitAll();
            return c;
        });
        Viewport overview = onFx(canvas::viewport);
        String fit = stats(pulseRun(canvas, overview));
        String close = stats(pulseRun(canvas, new Viewport(1.0, 0, 0)));
        onFx(() -> {
            ((Stage) canvas.getScene().getWindow()).close();
            return null;
        });
        return "pulse intervals while panning 2,000 notes (AnimationTimer, 60 Hz pulse; 16.7 ms = no frame dropped):\n"
                + "  fit-all  " + fit + "\n  100%     " + close;
    }

    /** Runs on the test thread: the FX thread stays free for the pulses. */
    private static long[] pulseRun(BoardCanvas canvas, Viewport start) throws InterruptedException {
        long[] times = new long[PULSES];
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            canvas.setViewport(start);
            new AnimationTimer() {
                private int i = -20;
                private long last;

                @Override
                public void handle(long now) {
                    if (i >= 0) {
                        times[i] = now - last;
                    }
                    last = now;
                    i++;
                    if (i >= PULSES) {
                        stop();
                        done.countDown();
                        return;
                    }
                    canvas.setViewport(canvas.viewport().panBy(i % 60 < 30 ? -14 : 14, 0));
                }
            }.start();
        });
        if (!done.await(2, TimeUnit.MINUTES)) {
            throw new IllegalStateException("pulses stopped");
        }
        return times;
    }

    private static String stats(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return String.format(Locale.ROOT, "median %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  max %6.2f ms  (n=%d)",
                s[s.length / 2] / 1e6, s[(int) (s.length * 0.95)] / 1e6, s[(int) (s.length * 0.99)] / 1e6,
                s[s.length - 1] / 1e6, s.length);
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
