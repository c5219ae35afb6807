package org.zielbild.ui.kit.board;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;

/**
 * Rectangles that are rounded only when the corners can be seen. The software rasteriser works
 * through a shape's whole bounding box row by row, while a plain filled rectangle has a fast path:
 * so a rounded rectangle is drawn as a rounded cap above and below (paths only as tall as the
 * corners) and a plain rectangle between them, split at whole pixels so no seam shows; an outline
 * likewise (its top and bottom stroked, its sides filled strips). Same pixels, a fraction of the work (the frame of a 2,000-note
 * board at fit-all spent most of its time stroking frames and filling rounded notes).
 */
final class CanvasShapes {

    /** Below this radius (px) nobody sees the rounding. */
    static final double MIN_ARC = 3;

    private CanvasShapes() {
    }

    static void fill(GraphicsContext gc, double x, double y, double w, double h, double arc) {
        if (arc < MIN_ARC) {
            gc.fillRect(x, y, w, h);
            return;
        }
        double r = arc / 2;
        double top = Math.ceil(y + r);
        double bottom = Math.floor(y + h - r);
        if (bottom - top < 2 || arc > w) {
            gc.fillRoundRect(x, y, w, h, arc, arc);
            return;
        }
        cap(gc, x, y, w, r, top, true);
        gc.fill();
        gc.fillRect(x, top, w, bottom - top);
        cap(gc, x, y + h, w, r, bottom, false);
        gc.fill();
    }

    /** Same pixels as {@code strokeRect} / {@code strokeRoundRect} with the current line width. */
    static void stroke(GraphicsContext gc, double x, double y, double w, double h, double arc) {
        double d = gc.getLineWidth() / 2;
        double r = arc < MIN_ARC ? 0 : arc / 2;
        double top = Math.ceil(y + r + d);
        double bottom = Math.floor(y + h - r - d);
        if (bottom - top < 2 || arc > w) {
            if (r == 0) {
                gc.strokeRect(x, y, w, h);
            } else {
                gc.strokeRoundRect(x, y, w, h, arc, arc);
            }
            return;
        }
        StrokeLineCap capStyle = gc.getLineCap();
        gc.setLineCap(StrokeLineCap.BUTT);
        cap(gc, x, y, w, r, top, true);
        gc.stroke();
        cap(gc, x, y + h, w, r, bottom, false);
        gc.stroke();
        gc.setLineCap(capStyle);
        Paint fill = gc.getFill();
        gc.setFill(gc.getStroke());
        gc.fillRect(x - d, top, 2 * d, bottom - top);
        gc.fillRect(x + w - d, top, 2 * d, bottom - top);
        gc.setFill(fill);
    }

    /**
     * The path of a rounded top (or bottom) edge: from the left side at {@code split} round the two
     * corners of the edge at {@code edge} to the right side at {@code split}, left open.
     */
    private static void cap(GraphicsContext gc, double x, double edge, double w, double r, double split, boolean top) {
        double s = top ? 1 : -1;
        gc.beginPath();
        gc.moveTo(x, split);
        if (r == 0) {
            gc.lineTo(x, edge);
            gc.lineTo(x + w, edge);
        } else {
            gc.lineTo(x, edge + s * r);
            gc.arcTo(x, edge, x + r, edge, r);
            gc.lineTo(x + w - r, edge);
            gc.arcTo(x + w, edge, x + w, edge + s * r, r);
        }
        gc.lineTo(x + w, split);
    }
}
