package org.zielbild.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A two-column form: labels on the left that never shrink below their text (German labels run
 * ~30 % longer and must not turn into "…"), fields on the right that take the rest.
 */
public final class FormGrid {

    private FormGrid() {
    }

    public static GridPane create() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    /** A label for {@code field} that keeps its full width; screen readers announce it with the field. */
    public static Label label(String text, Node field) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setLabelFor(field);
        return label;
    }

    /** Adds "label field" as row {@code row}; returns the label. */
    public static Label row(GridPane grid, int row, String labelText, Node field) {
        Label label = label(labelText, field);
        grid.addRow(row, label, field);
        return label;
    }
}
