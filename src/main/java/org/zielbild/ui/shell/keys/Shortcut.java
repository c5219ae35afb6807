package org.zielbild.ui.shell.keys;

import static javafx.scene.input.KeyCode.A;
import static javafx.scene.input.KeyCode.B;
import static javafx.scene.input.KeyCode.COMMA;
import static javafx.scene.input.KeyCode.D;
import static javafx.scene.input.KeyCode.E;
import static javafx.scene.input.KeyCode.END;
import static javafx.scene.input.KeyCode.ESCAPE;
import static javafx.scene.input.KeyCode.F;
import static javafx.scene.input.KeyCode.F1;
import static javafx.scene.input.KeyCode.F5;
import static javafx.scene.input.KeyCode.N;
import static javafx.scene.input.KeyCode.P;
import static javafx.scene.input.KeyCode.PAGE_DOWN;
import static javafx.scene.input.KeyCode.PAGE_UP;
import static javafx.scene.input.KeyCode.Q;
import static javafx.scene.input.KeyCode.R;
import static javafx.scene.input.KeyCode.SPACE;
import static javafx.scene.input.KeyCode.T;
import static javafx.scene.input.KeyCode.W;
import static javafx.scene.input.KeyCode.Y;
import static javafx.scene.input.KeyCode.Z;

import java.util.List;

/**
 * Every keyboard shortcut of the session window, in one place: the key handling
 * ({@link KeyboardControl}) and the overlay that lists them ({@link ShortcutOverlay}) both read
 * this, so they cannot drift apart. The first key of each shortcut is the one menus show.
 */
public enum Shortcut {
    NEXT_STAGE(Group.DAY, "keys.nextStage", Key.shortcut(PAGE_DOWN), Key.of(PAGE_DOWN)),
    PREVIOUS_STAGE(Group.DAY, "keys.previousStage", Key.shortcut(PAGE_UP), Key.of(PAGE_UP)),
    END_STAGE(Group.DAY, "keys.endStage", Key.of(END)),
    DAY_VIEW(Group.DAY, "keys.dayView", Key.of(D)),
    FACILITATOR_NOTES(Group.DAY, "keys.facilitatorNotes", Key.shortcutShift(N)),
    START_PAUSE(Group.TIMER, "keys.startPause", Key.of(SPACE), Key.shortcut(SPACE)),
    ADD_MINUTE(Group.TIMER, "keys.addMinute", Key.typed("+")),
    ADD_FIVE_MINUTES(Group.TIMER, "keys.addFiveMinutes", Key.typed("5")),
    REMOVE_MINUTE(Group.TIMER, "keys.removeMinute", Key.typed("-")),
    RESET_TIMER(Group.TIMER, "keys.resetTimer", Key.shift(R)),
    FREE_TIMER(Group.TIMER, "keys.freeTimer", Key.of(T)),
    PROJECTOR(Group.PROJECTOR, "keys.projector", Key.of(F5)),
    BLACK_SCREEN(Group.PROJECTOR, "keys.blackScreen", Key.of(B), Key.typed("."), Key.shortcut(B)),
    FREEZE(Group.PROJECTOR, "keys.freeze", Key.of(F)),
    UNDO(Group.SESSION, "keys.undo", Key.shortcut(Z)),
    REDO(Group.SESSION, "keys.redo", Key.shortcutShift(Z), Key.shortcut(Y)),
    PARTICIPANTS(Group.SESSION, "keys.participants", Key.shortcutShift(P)),
    AGENDA(Group.SESSION, "keys.agenda", Key.shortcutShift(A)),
    SETTINGS(Group.SESSION, "keys.settings", Key.shortcut(COMMA)),
    EXPORT_MINUTES(Group.SESSION, "keys.exportMinutes", Key.shortcut(E)),
    CLOSE_SESSION(Group.SESSION, "keys.closeSession", Key.shortcut(W)),
    QUIT(Group.SESSION, "keys.quit", Key.shortcut(Q)),
    SHORTCUTS(Group.HELP, "keys.shortcuts", Key.of(F1), Key.typed("?")),
    CLOSE_OVERLAY(Group.HELP, "keys.closeOverlay", Key.of(ESCAPE));

    /** Sections of the overlay, in the order shown. */
    public enum Group {
        DAY("keys.group.day"),
        TIMER("keys.group.timer"),
        PROJECTOR("keys.group.projector"),
        SESSION("keys.group.session"),
        HELP("keys.group.help");

        private final String titleKey;

        Group(String titleKey) {
            this.titleKey = titleKey;
        }

        public String titleKey() {
            return titleKey;
        }
    }

    private final Group group;
    private final String labelKey;
    private final List<Key> keys;

    Shortcut(Group group, String labelKey, Key... keys) {
        this.group = group;
        this.labelKey = labelKey;
        this.keys = List.of(keys);
    }

    public Group group() {
        return group;
    }

    public String labelKey() {
        return labelKey;
    }

    public List<Key> keys() {
        return keys;
    }

    /** The accelerator a menu item shows for this shortcut, or null if it has none that is safe there. */
    public javafx.scene.input.KeyCombination accelerator() {
        return keys.stream().map(Key::accelerator).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }
}
