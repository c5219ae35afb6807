package org.zielbild.ui.kit.board;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

/**
 * A table cell that shows its whole text, wrapped to the column's width. A wrapping label in a
 * cell kept the row's first height and cut the rest with "…" when the column got narrower.
 */
final class WrappingTextCell<S> extends TableCell<S, String> {

    private final Text text = new Text();

    WrappingTextCell(TableColumn<S, String> column) {
        text.wrappingWidthProperty().bind(column.widthProperty().subtract(16));
        text.fillProperty().bind(textFillProperty());
        text.fontProperty().bind(fontProperty());
        setPrefHeight(USE_COMPUTED_SIZE);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        text.setText(empty || item == null ? "" : item);
        setGraphic(empty ? null : text);
        setText(null);
    }
}
