package org.zielbild.ui.shell;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.zielbild.ui.common.SessionModel;
import org.zielbild.ui.shell.keys.TypingFocus;

/** Secondary windows of a session (participants, agenda editor): same look, undo and Escape to close. */
final class ToolWindows {

    private ToolWindows() {
    }

    static Stage open(Window owner, String title, Parent content, double width, double height, SessionModel model) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(title);
        org.zielbild.ui.common.AppIcons.apply(stage);
        Scene scene = new Scene(content, width, height);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Z"), model::undo);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Shift+Z"), model::redo);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Y"), model::redo);
        // A filter, not an accelerator: a list or a menu button would otherwise swallow Esc. Only a
        // cell being edited and an open choice list keep it (Esc ends the edit / closes the list).
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !usesEscape(scene.getFocusOwner())) {
                e.consume();
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    private static boolean usesEscape(Node focus) {
        return TypingFocus.isEditingCell(focus) || focus instanceof ComboBoxBase<?> combo && combo.isShowing();
    }
}
