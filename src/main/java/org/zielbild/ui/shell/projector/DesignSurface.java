package org.zielbild.ui.shell.projector;

import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Lays its content out on a fixed 1920×1080 design surface and scales it to fit the window, keeping
 * the proportions: the projector looks the same on every beamer, and a size in the design (28 px
 * body text) is that size on a 1080p screen.
 */
final class DesignSurface extends Region {

    static final double WIDTH = 1920;
    static final double HEIGHT = 1080;

    private final Region design;
    private final Scale scale = new Scale(1, 1, 0, 0);

    DesignSurface(Region design) {
        this.design = design;
        design.getTransforms().add(scale);
        getChildren().add(design);
        getStyleClass().add("projector-surface");
    }

    /** The factor the design is drawn at (1 on a 1920×1080 window). */
    double scale() {
        return scale.getX();
    }

    @Override
    protected void layoutChildren() {
        double s = Math.min(getWidth() / WIDTH, getHeight() / HEIGHT);
        if (s <= 0 || Double.isNaN(s)) {
            s = 1;
        }
        scale.setX(s);
        scale.setY(s);
        design.resize(WIDTH, HEIGHT);
        design.relocate((getWidth() - WIDTH * s) / 2, (getHeight() - HEIGHT * s) / 2);
    }

    @Override
    protected double computePrefWidth(double height) {
        return WIDTH / 2;
    }

    @Override
    protected double computePrefHeight(double width) {
        return HEIGHT / 2;
    }
}
