package org.zielbild.ui.kit.board;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;

/** Maps board units to screen pixels: {@code screen = board * scale + offset}. Immutable. */
public record Viewport(double scale, double tx, double ty) {

    public static final double MIN_SCALE = 0.02;
    public static final double MAX_SCALE = 4;

    public static Viewport identity() {
        return new Viewport(1, 0, 0);
    }

    public double sx(double x) {
        return x * scale + tx;
    }

    public double sy(double y) {
        return y * scale + ty;
    }

    public double wx(double screenX) {
        return (screenX - tx) / scale;
    }

    public double wy(double screenY) {
        return (screenY - ty) / scale;
    }

    public Viewport panBy(double dx, double dy) {
        return new Viewport(scale, tx + dx, ty + dy);
    }

    /** Zooms by {@code factor} keeping the board point under (sx, sy) in place. */
    public Viewport zoomAt(double factor, double sx, double sy) {
        double s = clamp(scale * factor);
        double wx = wx(sx);
        double wy = wy(sy);
        return new Viewport(s, sx - wx * s, sy - wy * s);
    }

    /** The board area visible in a w × h screen. */
    public Bounds visible(double w, double h) {
        return new BoundingBox(wx(0), wy(0), w / scale, h / scale);
    }

    /** Shows {@code world} centred in a w × h screen with a margin in pixels, never zoomed in beyond {@code maxScale}. */
    public static Viewport fit(Bounds world, double w, double h, double margin, double maxScale) {
        double availW = Math.max(1, w - 2 * margin);
        double availH = Math.max(1, h - 2 * margin);
        double s = Math.min(maxScale, clamp(Math.min(availW / Math.max(1, world.getWidth()), availH / Math.max(1, world.getHeight()))));
        double tx = (w - world.getWidth() * s) / 2 - world.getMinX() * s;
        double ty = (h - world.getHeight() * s) / 2 - world.getMinY() * s;
        return new Viewport(s, tx, ty);
    }

    private static double clamp(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }
}
