package org.zielbild.ui.shell.keys;

import java.util.Set;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * One key press a shortcut listens to: a key (with Shortcut = Ctrl/⌘ and Shift) matched when it is
 * pressed, or a typed character (e.g. "+" or "?"), matched whatever keyboard layout produced it.
 *
 * @param code      the key, or null for a typed character
 * @param character the typed character, or null for a key
 */
public record Key(KeyCode code, String character, boolean shortcut, boolean shift) {

    /** With Shortcut held, text fields still use these keys for editing (undo, copy, word moves...). */
    private static final Set<KeyCode> TEXT_EDITING = Set.of(KeyCode.Z, KeyCode.Y, KeyCode.A, KeyCode.C, KeyCode.V,
            KeyCode.X, KeyCode.LEFT, KeyCode.RIGHT, KeyCode.UP, KeyCode.DOWN, KeyCode.HOME, KeyCode.END,
            KeyCode.BACK_SPACE, KeyCode.DELETE);

    public static Key of(KeyCode code) {
        return new Key(code, null, false, false);
    }

    public static Key shift(KeyCode code) {
        return new Key(code, null, false, true);
    }

    public static Key shortcut(KeyCode code) {
        return new Key(code, null, true, false);
    }

    public static Key shortcutShift(KeyCode code) {
        return new Key(code, null, true, true);
    }

    public static Key typed(String character) {
        return new Key(null, character, false, false);
    }

    public boolean matches(KeyEvent e) {
        boolean otherModifiers = e.isAltDown() || e.isMetaDown() && !e.isShortcutDown()
                || e.isControlDown() && !e.isShortcutDown();
        if (character != null) {
            return e.getEventType() == KeyEvent.KEY_TYPED && character.equals(e.getCharacter())
                    && !e.isShortcutDown() && !otherModifiers;
        }
        return e.getEventType() == KeyEvent.KEY_PRESSED && e.getCode() == code && e.isShortcutDown() == shortcut
                && e.isShiftDown() == shift && !otherModifiers;
    }

    /**
     * Whether the key may act while the focus is in a text input. Plain keys and Shortcut+editing
     * keys belong to the text: typing "b" in a field never blacks out the projector.
     */
    public boolean worksWhileTyping() {
        if (code == null) {
            return false;
        }
        return code.isFunctionKey() || shortcut && !TEXT_EDITING.contains(code);
    }

    /** The key as a menu accelerator; null for keys a menu must not take (they would fire while typing). */
    public KeyCombination accelerator() {
        if (code == null || !worksWhileTyping()) {
            return null;
        }
        return shortcut && shift ? new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)
                : shortcut ? new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN)
                : new KeyCodeCombination(code);
    }
}
