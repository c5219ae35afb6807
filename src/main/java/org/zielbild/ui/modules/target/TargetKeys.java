package org.zielbild.ui.modules.target;

import static javafx.scene.input.KeyCombination.ModifierValue.ANY;
import static javafx.scene.input.KeyCombination.ModifierValue.DOWN;
import static javafx.scene.input.KeyCombination.ModifierValue.UP;

import java.util.Arrays;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import org.zielbild.ui.common.KeyHelp;

/**
 * Every key of the target-picture stage. Commands take Ctrl (or Alt to move): plain printable keys
 * belong to text entry, and no plain key changes what the wall shows or starts anything (the wall's
 * key rule). A test checks that none collides with the session window's shortcuts.
 */
public enum TargetKeys {
    TYPE("target.keys.type", ctrl(KeyCode.L)),
    ADD("target.keys.add", ctrl(KeyCode.ENTER)),
    EDIT("target.keys.edit", plain(KeyCode.F2), plain(KeyCode.ENTER)),
    MOVE_UP("target.keys.moveUp", alt(KeyCode.UP)),
    MOVE_DOWN("target.keys.moveDown", alt(KeyCode.DOWN)),
    REMOVE("target.keys.remove", plain(KeyCode.DELETE)),
    FROM_SOURCES("target.keys.fromSources", ctrlShift(KeyCode.K)),
    LINK_SOURCES("target.keys.link", ctrl(KeyCode.K)),
    PICTURE("target.keys.picture", ctrlShift(KeyCode.I)),
    RATE("target.keys.rate", ctrl(KeyCode.G)),
    BALLOTS("target.keys.ballots", ctrlShift(KeyCode.B)),
    REVEAL("target.keys.reveal", ctrl(KeyCode.R)),
    WALL("target.keys.wall", ctrlShift(KeyCode.O)),
    SAVE_POSTER("target.keys.savePoster", ctrlShift(KeyCode.S));

    private final String labelKey;
    private final List<KeyCodeCombination> keys;

    TargetKeys(String labelKey, KeyCodeCombination... keys) {
        this.labelKey = labelKey;
        this.keys = List.of(keys);
    }

    public String labelKey() {
        return labelKey;
    }

    public List<KeyCodeCombination> keys() {
        return keys;
    }

    public boolean matches(KeyEvent e) {
        return keys.stream().anyMatch(k -> k.match(e));
    }

    private static final KeyHelp HELP = new KeyHelp("target.keys.group",
            Arrays.stream(values()).map(k -> new KeyHelp.Row(k.labelKey, k.keys)).toList());

    /** The stage's keys as the shortcut overlay (F1) lists them. */
    public static KeyHelp help() {
        return HELP;
    }

    private static KeyCodeCombination ctrl(KeyCode code) {
        return new KeyCodeCombination(code, UP, UP, UP, UP, DOWN);
    }

    private static KeyCodeCombination ctrlShift(KeyCode code) {
        return new KeyCodeCombination(code, DOWN, UP, UP, UP, DOWN);
    }

    private static KeyCodeCombination alt(KeyCode code) {
        return new KeyCodeCombination(code, UP, UP, DOWN, UP, UP);
    }

    /** Without Ctrl, Alt or Meta; Shift does not matter. */
    private static KeyCodeCombination plain(KeyCode code) {
        return new KeyCodeCombination(code, ANY, UP, UP, UP, UP);
    }
}
