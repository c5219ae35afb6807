package org.zielbild.ui.shell.start;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;

/**
 * Keeps a row of buttons on one line on a narrow pane: when their names do not fit side by side,
 * the given buttons show only their icons and give their names as a tooltip (their text stays, for
 * screen readers and tests). At 900 px in German the sessions list's seven buttons took five lines
 * and left room for three sessions.
 */
final class OneRowButtons {

    private OneRowButtons() {
    }

    static void fit(FlowPane row, List<Button> compactable) {
        Map<Button, Double> named = new HashMap<>(); // each button's width with its name, measured before it first went compact
        row.widthProperty().addListener((obs, old, width) -> {
            double needed = row.snappedLeftInset() + row.snappedRightInset() - row.getHgap();
            for (Node n : row.getChildren()) {
                if (n instanceof Button b && compactable.contains(b)) {
                    if (b.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY) {
                        named.put(b, b.prefWidth(-1));
                    }
                    needed += named.getOrDefault(b, b.prefWidth(-1)) + row.getHgap();
                } else {
                    needed += n.prefWidth(-1) + row.getHgap();
                }
            }
            boolean compact = width.doubleValue() < needed;
            for (Button b : compactable) {
                if (compact != (b.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY)) {
                    b.setContentDisplay(compact ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT);
                    b.setTooltip(compact ? new Tooltip(b.getText()) : null);
                }
            }
        });
    }
}
