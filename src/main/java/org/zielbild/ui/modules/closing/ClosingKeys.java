package org.zielbild.ui.modules.closing;

import static org.zielbild.ui.common.StageKey.bind;
import static org.zielbild.ui.common.StageKey.ctrlShift;

import javafx.scene.input.KeyCode;
import org.zielbild.ui.common.KeyHelp;
import org.zielbild.ui.common.StageKey;

/** The closing's own key: a next-step note becomes an action (Ctrl, never a plain key: the wall's key rule). */
public enum ClosingKeys implements StageKey {
    NOTE_TO_ACTION(bind("closing.keys.noteToAction", ctrlShift(KeyCode.T)));

    private final Binding binding;

    ClosingKeys(Binding binding) {
        this.binding = binding;
    }

    @Override
    public Binding binding() {
        return binding;
    }

    private static final KeyHelp HELP = StageKey.help("closing.keys.group", values());

    /** The stage's keys as the shortcut overlay (F1) lists them. */
    public static KeyHelp help() {
        return HELP;
    }
}
