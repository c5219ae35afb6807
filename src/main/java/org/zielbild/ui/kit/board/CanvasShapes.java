package org.zielbild.ui.kit.board;

import javafx.scene.canvas.GraphicsContext;

/** Rectangles that are rounded only when the corners can be seen: each rounded one is a path for the software rasteriser. */
final class CanvasShapes {

    /** Below this radius (px) nobody sees the rounding. */
    static final double MIN_ARC = 3;

    private CanvasShapes() {
    }

    static void fill(GraphicsContext gc, double x, double y, double w, double h, double arc) {
        if (arc < MIN_ARC) {
            gc.fillRect(x, y, w, h);
        } else {
            gc.fillRoundRect(x, y, w, h, arc, arc);
        }
    }

    static void stroke(GraphicsContext gc, double x, double y, double w, double h, double arc) {
        if (arc < MIN_ARC) {
            gc.strokeRect(x, y, w, h);
        } else {
            gc.strokeRoundRect(x, y, w, h, arc, arc);
        }
    }
}
