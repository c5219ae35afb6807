package org.zielbild.ui.modules.target;

import static org.zielbild.ui.common.StageKey.alt;
import static org.zielbild.ui.common.StageKey.bind;
import static org.zielbild.ui.common.StageKey.ctrl;
import static org.zielbild.ui.common.StageKey.ctrlShift;
import static org.zielbild.ui.common.StageKey.plain;

import javafx.scene.input.KeyCode;
import org.zielbild.ui.common.KeyHelp;
import org.zielbild.ui.common.StageKey;

/**
 * Every key of the target-picture stage. Commands take Ctrl (or Alt to move): plain printable keys
 * belong to text entry, and no plain key changes what the wall shows or starts anything (the wall's
 * key rule). A test checks that none collides with the session window's shortcuts.
 */
public enum TargetKeys implements StageKey {
    TYPE(bind("target.keys.type", ctrl(KeyCode.L))),
    ADD(bind("target.keys.add", ctrl(KeyCode.ENTER))),
    EDIT(bind("target.keys.edit", plain(KeyCode.F2), plain(KeyCode.ENTER))),
    MOVE_UP(bind("target.keys.moveUp", alt(KeyCode.UP))),
    MOVE_DOWN(bind("target.keys.moveDown", alt(KeyCode.DOWN))),
    REMOVE(bind("target.keys.remove", plain(KeyCode.DELETE))),
    FROM_SOURCES(bind("target.keys.fromSources", ctrlShift(KeyCode.K))),
    LINK_SOURCES(bind("target.keys.link", ctrl(KeyCode.K))),
    PICTURE(bind("target.keys.picture", ctrlShift(KeyCode.I))),
    RATE(bind("target.keys.rate", ctrl(KeyCode.G))),
    BALLOTS(bind("target.keys.ballots", ctrlShift(KeyCode.B))),
    REVEAL(bind("target.keys.reveal", ctrl(KeyCode.R))),
    WALL(bind("target.keys.wall", ctrlShift(KeyCode.O))),
    SAVE_POSTER(bind("target.keys.savePoster", ctrlShift(KeyCode.S)));

    private final Binding binding;

    TargetKeys(Binding binding) {
        this.binding = binding;
    }

    @Override
    public Binding binding() {
        return binding;
    }

    private static final KeyHelp HELP = StageKey.help("target.keys.group", values());

    /** The stage's keys as the shortcut overlay (F1) lists them. */
    public static KeyHelp help() {
        return HELP;
    }
}
