package org.zielbild.ui.shell.keys;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.zielbild.ui.board.BoardShortcut;

/**
 * The board's keys as the overlay lists them: the facilitator's board only (the ballot screen
 * shows its own help line), one name for the four arrows, without numpad and "=" variants.
 */
final class BoardKeysShown {

    private static final Set<KeyCode> VARIANTS = EnumSet.of(KeyCode.ADD, KeyCode.SUBTRACT, KeyCode.EQUALS,
            KeyCode.NUMPAD0);
    private static final Set<KeyCode> ARROWS = EnumSet.of(KeyCode.DOWN, KeyCode.LEFT, KeyCode.RIGHT);

    private BoardKeysShown() {
    }

    static List<BoardShortcut> shortcuts() {
        List<BoardShortcut> out = new ArrayList<>();
        for (BoardShortcut s : BoardShortcut.values()) {
            if (s.contexts().contains(BoardShortcut.Context.BOARD)) {
                out.add(s);
            }
        }
        return out;
    }

    static List<Key> keys(BoardShortcut s) {
        List<Key> out = new ArrayList<>();
        for (KeyCodeCombination k : s.keys()) {
            if (!VARIANTS.contains(k.getCode()) && !ARROWS.contains(k.getCode())) {
                out.add(new Key(k.getCode(), null, k.getShortcut() == KeyCombination.ModifierValue.DOWN,
                        k.getShift() == KeyCombination.ModifierValue.DOWN));
            }
        }
        return out;
    }
}
