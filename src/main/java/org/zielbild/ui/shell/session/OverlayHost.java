package org.zielbild.ui.shell.session;

import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * Shows one overlay at a time over the session window (shortcuts, day view): a dimmed backdrop
 * with a card; Esc or a click on the backdrop closes it. Nothing of it reaches the projector.
 */
final class OverlayHost {

    private final StackPane layer;
    private Node showing;
    private String showingName;
    /** Where the focus was before the overlay opened: it goes back there when the overlay closes. */
    private Node returnFocus;

    OverlayHost(StackPane layer) {
        this.layer = layer;
    }

    /** Opens the overlay called {@code name}, or closes it when it is the one showing. */
    void toggle(String name, Supplier<Node> card) {
        boolean same = name.equals(showingName);
        close();
        if (same) {
            return;
        }
        returnFocus = layer.getScene() == null ? null : layer.getScene().getFocusOwner();
        Node content = card.get();
        StackPane backdrop = new StackPane(content);
        backdrop.getStyleClass().add("overlay-backdrop");
        backdrop.setId(name + "Overlay");
        StackPane.setAlignment(content, Pos.CENTER);
        backdrop.setOnMouseClicked(e -> {
            if (e.getTarget() == backdrop) {
                close();
            }
        });
        layer.getChildren().add(backdrop);
        showing = backdrop;
        showingName = name;
        backdrop.requestFocus();
    }

    boolean isOpen(String name) {
        return name.equals(showingName);
    }

    /** Closes the overlay; false when none was open. */
    boolean close() {
        if (showing == null) {
            return false;
        }
        layer.getChildren().remove(showing);
        showing = null;
        showingName = null;
        Node back = returnFocus;
        returnFocus = null;
        if (back != null && back.getScene() == layer.getScene() && back.isVisible() && !back.isDisabled()) {
            back.requestFocus();
        }
        return true;
    }
}
