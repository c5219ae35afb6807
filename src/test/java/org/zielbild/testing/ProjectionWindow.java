package org.zielbild.testing;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;
import javafx.stage.Stage;

/**
 * A projection node on its 1920 × 1080 design surface, scaled into a window that fits the
 * headless test screen (Monocle's is 1280 × 800), as the projector window scales it to the beamer.
 */
public final class ProjectionWindow {

    private ProjectionWindow() {
    }

    /** Shows the node scaled to {@code width} pixels wide, in the wall's light theme; call on the FX thread. */
    public static Stage show(Node projection, double width) {
        return show(projection, width, org.zielbild.ui.common.WallPalette.LIGHT);
    }

    /** Shows the node scaled to {@code width} pixels wide in a wall palette, as the projector sets it (0100). */
    public static Stage show(Node projection, double width, org.zielbild.ui.common.WallPalette palette) {
        double k = width / 1920;
        if (projection instanceof Region r) {
            r.setMinSize(1920, 1080);
            r.setPrefSize(1920, 1080);
            r.setMaxSize(1920, 1080);
        }
        Group surface = new Group(projection);
        surface.getTransforms().add(new Scale(k, k));
        surface.setStyle(palette.style());
        Stage stage = new Stage();
        stage.setScene(new Scene(surface, width, 1080 * k, palette.background()));
        stage.show();
        return stage;
    }
}
