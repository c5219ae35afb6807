package org.zielbild.ui.shell.keys;

import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;

/** Where the focus is, as far as shortcuts care: text inputs keep their keys, buttons keep Space. */
public final class TypingFocus {

    private TypingFocus() {
    }

    /** The focus is in something the user types into (a text field, an editable combo box or spinner). */
    static boolean isTextInput(Object target) {
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n instanceof TextInputControl
                    || n instanceof ComboBoxBase<?> combo && combo.isEditable()
                    || n instanceof Spinner<?> spinner && spinner.isEditable()) {
                return true;
            }
        }
        return false;
    }

    /** The key goes to a cell being edited (a table's name field): its keys end the edit, nothing else. */
    public static boolean isEditingCell(Object target) {
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.Cell<?> cell && cell.isEditing()) {
                return true;
            }
        }
        return false;
    }

    /** The focused control presses itself with Space (a button, check box, choice box...). */
    static boolean usesSpace(Object target) {
        // A focused disclosure (the facilitator notes) opens and closes with Space.
        return target instanceof ButtonBase || target instanceof ComboBoxBase<?> || target instanceof TitledPane;
    }
}
