package org.zielbild.ui.modules.closing;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.zielbild.ui.common.KeyHelp;

/** The closing's own key: a next-step note becomes an action (Ctrl, never a plain key: the wall's key rule). */
public final class ClosingKeys {

    public static final KeyCodeCombination NOTE_TO_ACTION =
            new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private static final KeyHelp HELP = new KeyHelp("closing.keys.group",
            List.of(new KeyHelp.Row("closing.keys.noteToAction", List.of(NOTE_TO_ACTION))));

    private ClosingKeys() {
    }

    public static KeyHelp help() {
        return HELP;
    }
}
