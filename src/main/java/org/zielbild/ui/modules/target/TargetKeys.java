package org.zielbild.ui.modules.target;

import static org.zielbild.ui.common.StageKey.alt;
import static org.zielbild.ui.common.StageKey.ctrl;
import static org.zielbild.ui.common.StageKey.ctrlShift;
import static org.zielbild.ui.common.StageKey.plain;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import org.zielbild.ui.common.KeyHelp;
import org.zielbild.ui.common.StageKey;

/**
 * Every key of the target-picture stage. Commands take Ctrl (or Alt to move): plain printable keys
 * belong to text entry, and no plain key changes what the wall shows or starts anything (the wall's
 * key rule). A test checks that none collides with the session window's shortcuts.
 */
public enum TargetKeys implements StageKey {
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

    @Override
    public String labelKey() {
        return labelKey;
    }

    @Override
    public List<KeyCodeCombination> keys() {
        return keys;
    }

    private static final KeyHelp HELP = StageKey.help("target.keys.group", values());

    /** The stage's keys as the shortcut overlay (F1) lists them. */
    public static KeyHelp help() {
        return HELP;
    }
}
