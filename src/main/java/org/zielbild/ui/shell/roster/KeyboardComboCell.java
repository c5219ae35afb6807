package org.zielbild.ui.shell.roster;

import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.util.StringConverter;

/**
 * A choice cell that can be used without a mouse: F2 opens its list with the focus in it, the
 * arrow keys choose, Enter takes the choice and Esc keeps the old one. (JavaFX's own cell shows
 * the combo box but leaves the focus in the table, where the keys cannot reach it.)
 */
class KeyboardComboCell<S, T> extends ComboBoxTableCell<S, T> {

    KeyboardComboCell(StringConverter<T> converter, ObservableList<T> items) {
        super(converter, items);
    }

    @Override
    public void startEdit() {
        super.startEdit();
        if (isEditing() && getGraphic() instanceof ComboBox<?> combo) {
            combo.requestFocus();
            if (combo.getScene() != null && combo.getScene().getWindow() != null
                    && combo.getScene().getWindow().isShowing()) {
                combo.show();
            }
        }
    }
}
