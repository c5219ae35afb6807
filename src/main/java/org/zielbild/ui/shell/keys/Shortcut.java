package org.zielbild.ui.shell.keys;

import static javafx.scene.input.KeyCode.A;
import static javafx.scene.input.KeyCode.B;
import static javafx.scene.input.KeyCode.COMMA;
import static javafx.scene.input.KeyCode.D;
import static javafx.scene.input.KeyCode.DOWN;
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
import static javafx.scene.input.KeyCode.UP;
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
    NEXT_STAGE(Group.DAY, Reach.ROOM, "keys.nextStage", Key.shortcut(PAGE_DOWN), Key.of(PAGE_DOWN)),
    PREVIOUS_STAGE(Group.DAY, Reach.ROOM, "keys.previousStage", Key.shortcut(PAGE_UP), Key.of(PAGE_UP)),
    END_STAGE(Group.DAY, Reach.ROOM, "keys.endStage", Key.of(END)),
    DAY_VIEW(Group.DAY, Reach.LAPTOP, "keys.dayView", Key.shortcut(D), Key.of(D)),
    FACILITATOR_NOTES(Group.DAY, Reach.LAPTOP, "keys.facilitatorNotes", Key.shortcutShift(N)),
    START_PAUSE(Group.TIMER, Reach.ROOM, "keys.startPause", Key.shortcut(SPACE)),
    ADD_MINUTE(Group.TIMER, Reach.ROOM, "keys.addMinute", Key.shortcut(UP)),
    ADD_FIVE_MINUTES(Group.TIMER, Reach.ROOM, "keys.addFiveMinutes", Key.shortcutShift(UP)),
    REMOVE_MINUTE(Group.TIMER, Reach.ROOM, "keys.removeMinute", Key.shortcut(DOWN)),
    RESET_TIMER(Group.TIMER, Reach.ROOM, "keys.resetTimer", Key.shortcutShift(R)),
    FREE_TIMER(Group.TIMER, Reach.ROOM, "keys.freeTimer", Key.shortcut(T)),
    PROJECTOR(Group.PROJECTOR, Reach.ROOM, "keys.projector", Key.of(F5)),
    /** B and "." are what presentation clickers send for a black screen (0101). */
    BLACK_SCREEN(Group.PROJECTOR, Reach.ROOM_TOGGLE, "keys.blackScreen", Key.shortcut(B), Key.of(B), Key.typed(".")),
    FREEZE(Group.PROJECTOR, Reach.ROOM, "keys.freeze", Key.shortcutShift(F)),
    UNDO(Group.SESSION, Reach.ROOM, "keys.undo", Key.shortcut(Z)),
    REDO(Group.SESSION, Reach.ROOM, "keys.redo", Key.shortcutShift(Z), Key.shortcut(Y)),
    PARTICIPANTS(Group.SESSION, Reach.LAPTOP, "keys.participants", Key.shortcutShift(P)),
    AGENDA(Group.SESSION, Reach.LAPTOP, "keys.agenda", Key.shortcutShift(A)),
    SETTINGS(Group.SESSION, Reach.LAPTOP, "keys.settings", Key.shortcut(COMMA)),
    EXPORT_MINUTES(Group.SESSION, Reach.LAPTOP, "keys.exportMinutes", Key.shortcut(E)),
    CLOSE_SESSION(Group.SESSION, Reach.ROOM, "keys.closeSession", Key.shortcut(W)),
    QUIT(Group.SESSION, Reach.ROOM, "keys.quit", Key.shortcut(Q)),
    SHORTCUTS(Group.HELP, Reach.LAPTOP, "keys.shortcuts", Key.of(F1), Key.typed("?")),
    CLOSE_OVERLAY(Group.HELP, Reach.LAPTOP, "keys.closeOverlay", Key.of(ESCAPE));

    /**
     * What a shortcut can change, for the key rule (docs/decisions/0101): keys that type a
     * character never act on the room.
     */
    public enum Reach {
        /** Only the laptop: an overlay, a window of the laptop's. A typed character may open it where nobody writes. */
        LAPTOP,
        /** The wall, a timer, the stage or the session: never from a key that types a character. */
        ROOM,
        /**
         * The wall, shown at once on the laptop and undone by the same key (black screen): a
         * clicker's key that types a character may do it where nobody writes.
         */
        ROOM_TOGGLE
    }

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
    private final Reach reach;
    private final String labelKey;
    private final List<Key> keys;

    Shortcut(Group group, Reach reach, String labelKey, Key... keys) {
        this.group = group;
        this.reach = reach;
        this.labelKey = labelKey;
        this.keys = List.of(keys);
    }

    public Group group() {
        return group;
    }

    public Reach reach() {
        return reach;
    }

    /** Whether {@code key} of this shortcut may act where nobody writes, though it types a character (0101). */
    public boolean typedKeyMayAct(Key key) {
        return !key.printable() || reach != Reach.ROOM;
    }

    public String labelKey() {
        return labelKey;
    }

    public List<Key> keys() {
        return keys;
    }
}
