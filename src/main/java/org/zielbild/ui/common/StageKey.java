package org.zielbild.ui.common;

import static javafx.scene.input.KeyCombination.ModifierValue.ANY;
import static javafx.scene.input.KeyCombination.ModifierValue.DOWN;
import static javafx.scene.input.KeyCombination.ModifierValue.UP;

import java.util.Arrays;
import java.util.List;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * One key of a stage's view, for the enums that list a module's keys: what it is called in the F1
 * overlay, the key presses that trigger it, and the modifier forms the key rule (0101) allows.
 */
public interface StageKey {

    /** What each constant of a key enum holds: its F1 label and its key presses. */
    record Binding(String labelKey, List<KeyCodeCombination> keys) {
    }

    /** A constant's binding: {@code NEXT(bind("x.keys.next", alt(KeyCode.RIGHT)))}. */
    static Binding bind(String labelKey, KeyCodeCombination... keys) {
        return new Binding(labelKey, List.of(keys));
    }

    Binding binding();

    default String labelKey() {
        return binding().labelKey();
    }

    default List<KeyCodeCombination> keys() {
        return binding().keys();
    }

    default boolean matches(KeyEvent e) {
        return keys().stream().anyMatch(k -> k.match(e));
    }

    /** The keys as the shortcut overlay (F1) lists them, under a group title. */
    static KeyHelp help(String groupKey, StageKey[] keys) {
        return help(groupKey, Arrays.asList(keys), Integer.MAX_VALUE);
    }

    /**
     * The keys as F1 lists them, each row with at most {@code shown} of its key presses: where a key
     * has many that follow one pattern (a coach's key 1, 2, 3 …), the first few stand for the rest.
     */
    static KeyHelp help(String groupKey, List<? extends StageKey> keys, int shown) {
        return new KeyHelp(groupKey, keys.stream()
                .map(k -> new KeyHelp.Row(k.labelKey(), k.keys().subList(0, Math.min(shown, k.keys().size())))).toList());
    }

    static KeyCodeCombination ctrl(KeyCode code) {
        return new KeyCodeCombination(code, UP, UP, UP, UP, DOWN);
    }

    static KeyCodeCombination ctrlShift(KeyCode code) {
        return new KeyCodeCombination(code, DOWN, UP, UP, UP, DOWN);
    }

    static KeyCodeCombination alt(KeyCode code) {
        return new KeyCodeCombination(code, UP, UP, DOWN, UP, UP);
    }

    /** Without Ctrl, Alt or Meta; Shift does not matter. */
    static KeyCodeCombination plain(KeyCode code) {
        return new KeyCodeCombination(code, ANY, UP, UP, UP, UP);
    }
}
