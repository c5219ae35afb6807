package org.zielbild.ui.common;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * Column headers that are never cut: each column is at least as wide as its header text (with
 * room for the sort arrow), measured with the header's real font once the table has its skin. A
 * constrained table narrower than its columns then scrolls sideways instead of showing "T…".
 */
public final class ReadableHeaders {

    /** Room for the sort arrow, which takes space from the header's text while a column is sorted. */
    private static final double SORT_ARROW = 18;

    private ReadableHeaders() {
    }

    public static void keep(TableView<?> table) {
        table.skinProperty().addListener((obs, old, now) -> {
            if (now != null) {
                // The headers exist with the skin; their font is known after the CSS pass that made it.
                Platform.runLater(() -> fit(table));
            }
        });
        if (table.getSkin() != null) {
            fit(table);
        }
    }

    private static void fit(TableView<?> table) {
        for (Node n : table.lookupAll(".column-header")) {
            if (n instanceof TableColumnHeader header && header.getTableColumn() != null
                    && header.lookup(".label") instanceof Label label) {
                label.applyCss();
                double needed = Math.ceil(label.prefWidth(-1) + header.snappedLeftInset() + header.snappedRightInset()
                        + SORT_ARROW);
                if (header.getTableColumn().getMinWidth() < needed) {
                    header.getTableColumn().setMinWidth(needed);
                }
            }
        }
    }
}
