package org.zielbild.ui.kit.mood;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * One bar of the mood chart with its count above it. Its height is a share of the height the
 * bar is given (count / largest count), so the chart uses whatever height its place has: a
 * small chart on the laptop, the full height below the title on the projector.
 */
final class MoodBar extends Region {

    private static final double GAP = 4;
    /** A score nobody gave still shows a line at the base. */
    private static final double EMPTY = 2;

    private final Label count = new Label();
    private final Region fill = new Region();
    private final double share;
    private final double prefBar;
    private final boolean grows;

    /**
     * @param prefBar the bar height (at the largest count) this bar asks for
     * @param grows   whether it takes more (and less) height when its place has it (the projector),
     *                or keeps exactly that height (the laptop's small chart among other controls)
     */
    MoodBar(int value, int max, String styleClass, double prefBar, boolean grows) {
        this.share = max == 0 ? 0 : (double) value / max;
        this.prefBar = prefBar;
        this.grows = grows;
        count.setText(Integer.toString(value));
        count.getStyleClass().add("mood-count");
        fill.getStyleClass().addAll("mood-bar", styleClass);
        getStyleClass().add("mood-bar-column");
        getChildren().addAll(count, fill);
        setMaxHeight(grows ? Double.MAX_VALUE : USE_PREF_SIZE);
    }

    double share() {
        return share;
    }

    /** The bar's height now, for tests. */
    double barHeight() {
        return fill.getHeight();
    }

    @Override
    protected double computePrefWidth(double height) {
        return Math.max(count.prefWidth(-1), fill.prefWidth(-1));
    }

    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return count.prefHeight(-1) + GAP + prefBar;
    }

    @Override
    protected double computeMinHeight(double width) {
        return grows ? count.prefHeight(-1) + GAP + EMPTY : computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double labelH = count.prefHeight(-1);
        double room = Math.max(EMPTY, getHeight() - labelH - GAP);
        double barH = Math.max(EMPTY, room * share);
        double barW = fill.prefWidth(-1);
        fill.resizeRelocate((w - barW) / 2, getHeight() - barH, barW, barH);
        double labelW = count.prefWidth(-1);
        count.resizeRelocate((w - labelW) / 2, getHeight() - barH - GAP - labelH, labelW, labelH);
    }
}
