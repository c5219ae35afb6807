package org.zielbild.ui.kit.board;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The cheaper rounded fills and outlines draw the pixels the canvas's own round rectangles draw. */
class CanvasShapesFxTest {

    private static final int SIZE = 260;

    @Test
    void fillsAndOutlinesMatchTheCanvassOwnShapes() throws Exception {
        FxToolkit.registerPrimaryStage();
        AtomicReference<String> worst = new AtomicReference<>("");
        AtomicReference<Integer> worstDiff = new AtomicReference<>(0);
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                Random random = new Random(7);
                for (int t = 0; t < 120; t++) {
                    double x = 5 + random.nextDouble() * 30;
                    double y = 5 + random.nextDouble() * 30;
                    double w = 3 + random.nextDouble() * 200;
                    double h = 3 + random.nextDouble() * 150;
                    double arc = t % 4 == 0 ? random.nextDouble() * 3 : random.nextDouble() * 30;
                    double lw = 0.5 + random.nextDouble() * 4;
                    Color c = t % 3 == 0 ? Color.web("#1a7f37", 0.12) : Color.web("#336699");
                    boolean stroke = t % 2 == 0;
                    int d = maxDiff(draw(x, y, w, h, arc, lw, c, false, stroke), draw(x, y, w, h, arc, lw, c, true, stroke));
                    if (d > worstDiff.get()) {
                        worstDiff.set(d);
                        worst.set(String.format("x=%.2f y=%.2f w=%.2f h=%.2f arc=%.2f lw=%.2f stroke=%b", x, y, w, h, arc,
                                lw, stroke));
                    }
                }
            } finally {
                done.countDown();
            }
        });
        assertTrue(done.await(1, TimeUnit.MINUTES));
        // One level in 255 is the rasteriser's rounding; a seam or a wrong corner is tens.
        assertTrue(worstDiff.get() <= 2, "differs by " + worstDiff.get() + "/255 at " + worst.get());
    }

    private static int maxDiff(WritableImage a, WritableImage b) {
        PixelReader pa = a.getPixelReader();
        PixelReader pb = b.getPixelReader();
        int worst = 0;
        for (int i = 0; i < SIZE; i++) {
            for (int j = 0; j < SIZE; j++) {
                int u = pa.getArgb(i, j);
                int v = pb.getArgb(i, j);
                for (int s = 0; s < 32; s += 8) {
                    worst = Math.max(worst, Math.abs((u >> s & 255) - (v >> s & 255)));
                }
            }
        }
        return worst;
    }

    private static WritableImage draw(double x, double y, double w, double h, double arc, double lw, Color c,
                                      boolean cheap, boolean stroke) {
        Canvas canvas = new Canvas(SIZE, SIZE);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, SIZE, SIZE);
        g.setFill(c);
        g.setStroke(c);
        g.setLineWidth(lw);
        boolean square = arc < CanvasShapes.MIN_ARC;
        if (stroke && cheap) {
            CanvasShapes.stroke(g, x, y, w, h, arc);
        } else if (stroke) {
            if (square) {
                g.strokeRect(x, y, w, h);
            } else {
                g.strokeRoundRect(x, y, w, h, arc, arc);
            }
        } else if (cheap) {
            CanvasShapes.fill(g, x, y, w, h, arc);
        } else if (square) {
            g.fillRect(x, y, w, h);
        } else {
            g.fillRoundRect(x, y, w, h, arc, arc);
        }
        return canvas.snapshot(new SnapshotParameters(), null);
    }
}
