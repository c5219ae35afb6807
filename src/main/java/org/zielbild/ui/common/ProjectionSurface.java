package org.zielbild.ui.common;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The frame every projection shares: a 1920 × 1080 design surface (the projector window scales
 * it), its own stylesheet (it must look right in any window), a large title and a status line on top.
 */
public final class ProjectionSurface {

    private ProjectionSurface() {
    }

    /** A surface with the title and status labels on top; the caller fills the centre. */
    public static BorderPane create(String stylesheet, String styleClass, Label title, Label status) {
        BorderPane root = new BorderPane();
        root.getStylesheets().add(stylesheet);
        root.getStyleClass().add(styleClass);
        root.setPrefSize(1920, 1080);
        title.getStyleClass().add("projection-title");
        title.setWrapText(true);
        status.getStyleClass().add("projection-status");
        VBox header = new VBox(6, title, status);
        header.setPadding(new Insets(32, 48, 16, 48));
        root.setTop(header);
        return root;
    }
}
