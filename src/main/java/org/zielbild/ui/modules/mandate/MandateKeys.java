package org.zielbild.ui.modules.mandate;

import static org.zielbild.ui.common.StageKey.alt;
import static org.zielbild.ui.common.StageKey.bind;
import static org.zielbild.ui.common.StageKey.ctrl;
import static org.zielbild.ui.common.StageKey.ctrlShift;
import static org.zielbild.ui.common.StageKey.plain;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import org.zielbild.ui.common.KeyHelp;
import org.zielbild.ui.common.StageKey;

/**
 * Every key of the team-mandates stage. Commands take Ctrl or Alt: plain printable keys belong to
 * text entry, and no plain key changes what the wall shows (the wall's key rule). A test checks that
 * none collides with the session window's shortcuts; the action list's keys come from its kit.
 */
public enum MandateKeys implements StageKey {
    PREVIOUS_TEAM(bind("mandate.keys.previousTeam", alt(KeyCode.LEFT))),
    NEXT_TEAM(bind("mandate.keys.nextTeam", alt(KeyCode.RIGHT))),
    MANDATE_TAB(bind("mandate.keys.mandateTab", ctrl(KeyCode.DIGIT1))),
    ACTIONS_TAB(bind("mandate.keys.actionsTab", ctrl(KeyCode.DIGIT2))),
    COVERAGE_TAB(bind("mandate.keys.coverageTab", ctrl(KeyCode.DIGIT3))),
    LINK(bind("mandate.keys.link", ctrl(KeyCode.K))),
    ALL_STATEMENTS(bind("mandate.keys.allStatements", ctrlShift(KeyCode.K))),
    ADD_GUIDELINE(bind("mandate.keys.addGuideline", ctrl(KeyCode.G))),
    ADD_BEHAVIOUR(bind("mandate.keys.addBehaviour", ctrlShift(KeyCode.G))),
    MOVE_UP(bind("mandate.keys.moveUp", alt(KeyCode.UP))),
    MOVE_DOWN(bind("mandate.keys.moveDown", alt(KeyCode.DOWN))),
    REMOVE(bind("mandate.keys.remove", plain(KeyCode.DELETE))),
    SAVE_TEXT(bind("mandate.keys.saveText", ctrl(KeyCode.ENTER))),
    PRESENT(bind("mandate.keys.present", ctrl(KeyCode.P)));

    private final Binding binding;

    MandateKeys(Binding binding) {
        this.binding = binding;
    }

    @Override
    public Binding binding() {
        return binding;
    }

    private static final KeyHelp HELP = StageKey.help("mandate.keys.group", values());

    /** The stage's keys as the shortcut overlay (F1) lists them. */
    public static KeyHelp help() {
        return HELP;
    }

    /** Every key the stage answers, its action list's included, for the collision test. */
    public static List<KeyCodeCombination> all() {
        List<KeyCodeCombination> out = new ArrayList<>();
        for (MandateKeys k : values()) {
            out.addAll(k.keys());
        }
        return out;
    }
}
