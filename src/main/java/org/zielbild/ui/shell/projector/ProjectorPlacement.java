package org.zielbild.ui.shell.projector;

import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * Where the projector window goes: full screen on a screen other than the facilitator's, or, with
 * one screen only, a normal window the facilitator can drag to the beamer.
 *
 * @param bounds     the window's bounds (the whole screen when full screen)
 * @param fullScreen whether to fill that screen
 */
public record ProjectorPlacement(Rectangle2D bounds, boolean fullScreen) {

    static final double WINDOW_WIDTH = 960;
    static final double WINDOW_HEIGHT = 540;

    /**
     * @param screens  the screens' bounds, the primary first
     * @param facilitator the facilitator window's bounds (its screen is never chosen)
     */
    public static ProjectorPlacement choose(List<Rectangle2D> screens, Rectangle2D facilitator) {
        Rectangle2D laptop = screens.stream()
                .max((a, b) -> Double.compare(overlap(a, facilitator), overlap(b, facilitator)))
                .orElse(new Rectangle2D(0, 0, 1280, 800));
        for (Rectangle2D screen : screens) {
            if (!screen.equals(laptop)) {
                return new ProjectorPlacement(screen, true);
            }
        }
        double w = Math.min(WINDOW_WIDTH, laptop.getWidth() * 0.75);
        double h = Math.min(WINDOW_HEIGHT, laptop.getHeight() * 0.75);
        return new ProjectorPlacement(new Rectangle2D(laptop.getMinX() + laptop.getWidth() - w - 24,
                laptop.getMinY() + 48, w, h), false);
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w <= 0 || h <= 0 ? 0 : w * h;
    }
}
