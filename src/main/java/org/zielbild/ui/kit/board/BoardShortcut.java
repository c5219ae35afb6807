package org.zielbild.ui.kit.board;

import static javafx.scene.input.KeyCombination.ModifierValue.ANY;
import static javafx.scene.input.KeyCombination.ModifierValue.DOWN;
import static javafx.scene.input.KeyCombination.ModifierValue.UP;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.zielbild.ui.common.KeyHelp;

/**
 * Every key of the board, in one place: {@link BoardKeys} and {@link BoardView} act on these, and a
 * test checks that none collides with another, or with the day's shortcuts of the session window
 * around the facilitator's board. Characters typed on the board begin a note (0101); the board uses no key that types one.
 */
public enum BoardShortcut {
    ZOOM_IN(Set.of(Context.BOARD, Context.BALLOT), "board.keys.zoomIn",
            ctrl(KeyCode.PLUS), ctrl(KeyCode.EQUALS), ctrl(KeyCode.ADD)),
    ZOOM_OUT(Set.of(Context.BOARD, Context.BALLOT), "board.keys.zoomOut", ctrl(KeyCode.MINUS), ctrl(KeyCode.SUBTRACT)),
    FIT_ALL(Set.of(Context.BOARD, Context.BALLOT), "board.keys.fit", ctrl(KeyCode.DIGIT0), ctrl(KeyCode.NUMPAD0)),
    SELECT_NEAREST(Set.of(Context.BOARD), "board.keys.select", arrows()),
    EDIT(Set.of(Context.BOARD), "board.keys.edit", plain(KeyCode.ENTER), plain(KeyCode.F2)),
    DELETE(Set.of(Context.BOARD), "board.keys.delete", plain(KeyCode.DELETE), plain(KeyCode.BACK_SPACE)),
    /** Comes after the session window's Esc (overlays) and a text field's (0050). */
    CLEAR_SELECTION(Set.of(Context.BOARD), "board.keys.clearSelection", plain(KeyCode.ESCAPE)),
    SELECT_ALL(Set.of(Context.BOARD), "board.keys.selectAll", ctrlOnly(KeyCode.A)),
    GROUP(Set.of(Context.BOARD), "board.keys.group", ctrlOnly(KeyCode.G)),
    HIDE(Set.of(Context.BOARD), "board.keys.hide", ctrlOnly(KeyCode.H)),
    TYPE(Set.of(Context.BOARD), "board.keys.type", ctrlOnly(KeyCode.L)),
    REVEAL(Set.of(Context.BOARD), "board.keys.reveal", ctrlOnly(KeyCode.R)),
    /** J: a free Ctrl key that no text field uses (0069). */
    VOTE_PANEL(Set.of(Context.BOARD), "board.keys.votePanel", ctrlOnly(KeyCode.J)),
    MOVE_CURSOR(Set.of(Context.BALLOT), "board.keys.moveCursor", arrows()),
    PLACE_DOT(Set.of(Context.BALLOT), "board.keys.placeDot",
            plain(KeyCode.SPACE), plain(KeyCode.PLUS), plain(KeyCode.EQUALS), plain(KeyCode.ADD)),
    TAKE_DOT_BACK(Set.of(Context.BALLOT), "board.keys.takeDotBack",
            plain(KeyCode.MINUS), plain(KeyCode.SUBTRACT), plain(KeyCode.BACK_SPACE), plain(KeyCode.DELETE)),
    BALLOT_FIT(Set.of(Context.BALLOT), "board.keys.fit", plain(KeyCode.F));

    /** Where a key works. */
    public enum Context {
        /** The facilitator's board, inside the session window: the day's shortcuts listen there too. */
        BOARD,
        /** The ballot screen, a window of its own without the day's shortcuts. */
        BALLOT
    }

    /** Numpad and "=" variants the overlay need not repeat. */
    private static final Set<KeyCode> VARIANTS = EnumSet.of(KeyCode.ADD, KeyCode.SUBTRACT, KeyCode.EQUALS,
            KeyCode.NUMPAD0);
    /** The arrows are listed once, by the up arrow's name ("arrow keys"). */
    private static final Set<KeyCode> MORE_ARROWS = EnumSet.of(KeyCode.DOWN, KeyCode.LEFT, KeyCode.RIGHT);

    private final Set<Context> contexts;
    private final String labelKey;
    private final List<KeyCodeCombination> keys;

    BoardShortcut(Set<Context> contexts, String labelKey, KeyCodeCombination... keys) {
        this.contexts = contexts;
        this.labelKey = labelKey;
        this.keys = List.of(keys);
    }

    public Set<Context> contexts() {
        return contexts;
    }

    public String labelKey() {
        return labelKey;
    }

    public List<KeyCodeCombination> keys() {
        return keys;
    }

    /**
     * The facilitator's board keys as the shortcut overlay lists them (the ballot screen shows its
     * own help line): one name for the four arrows, without numpad and "=" variants.
     */
    public static KeyHelp help() {
        return HELP;
    }

    private static final KeyHelp HELP = new KeyHelp("keys.group.board", java.util.Arrays.stream(values())
            .filter(s -> s.contexts.contains(Context.BOARD))
            .map(s -> new KeyHelp.Row(s.labelKey, s.keys.stream()
                    .filter(k -> !VARIANTS.contains(k.getCode()) && !MORE_ARROWS.contains(k.getCode())).toList()))
            .toList());

    public boolean matches(KeyEvent e) {
        return keys.stream().anyMatch(k -> k.match(e));
    }

    /** Ctrl (⌘) with the key; Shift does not matter ("+" is Shift+= on many layouts). */
    private static KeyCodeCombination ctrl(KeyCode code) {
        return new KeyCodeCombination(code, ANY, UP, UP, UP, DOWN);
    }

    private static KeyCodeCombination ctrlOnly(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    /** The key without Ctrl, Alt or Meta; Shift does not matter. */
    private static KeyCodeCombination plain(KeyCode code) {
        return new KeyCodeCombination(code, ANY, UP, UP, UP, UP);
    }

    private static KeyCodeCombination[] arrows() {
        return new KeyCodeCombination[] {plain(KeyCode.UP), plain(KeyCode.DOWN), plain(KeyCode.LEFT),
                plain(KeyCode.RIGHT)};
    }
}
