package org.zielbild.ui.modules.closing;

import static org.zielbild.ui.common.StageKey.ctrlShift;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import org.zielbild.ui.common.KeyHelp;
import org.zielbild.ui.common.StageKey;

/** The closing's own key: a next-step note becomes an action (Ctrl, never a plain key: the wall's key rule). */
public enum ClosingKeys implements StageKey {
    NOTE_TO_ACTION("closing.keys.noteToAction", ctrlShift(KeyCode.T));

    private final String labelKey;
    private final List<KeyCodeCombination> keys;

    ClosingKeys(String labelKey, KeyCodeCombination... keys) {
        this.labelKey = labelKey;
        this.keys = List.of(keys);
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    @Override
    public List<KeyCodeCombination> keys() {
        return keys;
    }

    private static final KeyHelp HELP = StageKey.help("closing.keys.group", values());

    /** The stage's keys as the shortcut overlay (F1) lists them. */
    public static KeyHelp help() {
        return HELP;
    }
}
