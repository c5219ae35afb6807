package org.zielbild.ui.common;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * What every module projection shares: a 1920 × 1080 design surface (the projector window
 * scales it and gives it the room below its title band), its own stylesheet (it must look right
 * in any window), a large title and a status line on top, and one body at a time below them,
 * named by its state so tests can ask which one is on.
 */
public abstract class ProjectionSurface {

    private final Label title = new Label();
    private final Label status = new Label();
    private final StackPane body = new StackPane();
    private final BorderPane root = new BorderPane(body);
    private String shown = "";

    protected ProjectionSurface(String stylesheet, String styleClass, String statusId) {
        root.getStylesheets().add(stylesheet);
        root.getStyleClass().addAll("projection-surface", styleClass);
        root.setPrefSize(1920, 1080);
        title.getStyleClass().add("projection-title");
        title.setWrapText(true);
        status.getStyleClass().add("projection-status");
        status.setId(statusId);
        status.setWrapText(true);
        // Title and status share a line (the status to the right) when both fit: a board needs the height (0102).
        title.setMinWidth(0);
        status.setMinWidth(Region.USE_PREF_SIZE);
        status.setMaxWidth(760);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox header = new HBox(32, title, status);
        header.setAlignment(Pos.BASELINE_LEFT);
        // Tight at top and bottom: the projector's title band is above, and a board needs every line (0102).
        header.setPadding(new Insets(4, 24, 8, 24));
        root.setTop(header);
        body.setPadding(new Insets(0, 24, 8, 24));
        body.setMinHeight(0);
    }

    public final Node root() {
        return root;
    }

    /** Which body is on (a state name of the subclass); for tests. */
    public final String shown() {
        return shown;
    }

    /** Shows a state: the title, the status line and the body (kept when it is the same node; null for none). */
    protected final void show(String state, String titleText, String statusText, Node content) {
        shown = state;
        title.setText(titleText);
        status.setText(statusText);
        if (content == null) {
            body.getChildren().clear();
        } else if (body.getChildren().size() != 1 || body.getChildren().get(0) != content) {
            body.getChildren().setAll(content);
        }
    }
}
