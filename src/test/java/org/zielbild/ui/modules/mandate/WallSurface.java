package org.zielbild.ui.modules.mandate;

import javafx.geometry.Insets;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import org.zielbild.config.ProjectorTheme;
import org.zielbild.ui.shell.projector.ProjectorWindow;

/**
 * A projection as the projector window holds it: below the 270 px title band, in the padded content
 * area, on a root with the projector's stylesheet and a theme's looked-up colours, on a 1920 × 1080
 * design surface scaled to the beamer's width. For the layout test and the screenshots.
 */
final class WallSurface {

    final StackPane content = new StackPane();
    final Scene scene;

    WallSurface(Node projection, String title, ProjectorTheme theme, double width) {
        Label band = new Label(title);
        band.getStyleClass().add("projector-title");
        band.setMinHeight(ProjectorWindow.TITLE_BAND_HEIGHT);
        band.setPadding(new Insets(0, 72, 0, 72));
        content.getStyleClass().add("projection");
        content.setPadding(new Insets(16, 72, 56, 72));
        content.getChildren().add(projection);
        StackPane.setAlignment(projection, javafx.geometry.Pos.TOP_LEFT);
        VBox surface = new VBox(band, content);
        surface.getStylesheets().add(ProjectorWindow.STYLESHEET);
        surface.setStyle(ProjectorWindow.palette(theme).style());
        surface.getStyleClass().addAll("projector", theme == ProjectorTheme.DARK ? "projector-dark" : "projector-light");
        surface.setMinSize(1920, 1080);
        surface.setPrefSize(1920, 1080);
        surface.setMaxSize(1920, 1080);
        double k = width / 1920;
        Group scaled = new Group(surface);
        scaled.getTransforms().add(new Scale(k, k));
        scene = new Scene(scaled, width, 1080 * k);
    }

    void layout() {
        for (int i = 0; i < 2; i++) {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        }
    }

    /** Where a node ends inside the content area, in design px (0,0 = the content area's corner). */
    javafx.geometry.Bounds inContent(Node n) {
        return content.sceneToLocal(n.localToScene(n.getLayoutBounds()));
    }
}
