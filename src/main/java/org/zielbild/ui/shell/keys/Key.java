package org.zielbild.ui.shell.keys;

import java.util.Set;
import javafx.scene.input.KeyCode;
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

    /** Keys that type a character beside the letters, digits and Space (on common layouts). */
    private static final Set<KeyCode> SYMBOLS = Set.of(KeyCode.PERIOD, KeyCode.COMMA, KeyCode.MINUS, KeyCode.PLUS,
            KeyCode.EQUALS, KeyCode.SLASH, KeyCode.BACK_SLASH, KeyCode.SEMICOLON, KeyCode.QUOTE, KeyCode.BACK_QUOTE,
            KeyCode.OPEN_BRACKET, KeyCode.CLOSE_BRACKET, KeyCode.ADD, KeyCode.SUBTRACT, KeyCode.MULTIPLY, KeyCode.DIVIDE,
            KeyCode.DECIMAL, KeyCode.LESS, KeyCode.GREATER, KeyCode.NUMBER_SIGN, KeyCode.ASTERISK, KeyCode.QUOTEDBL,
            KeyCode.AMPERSAND, KeyCode.DEAD_ACUTE, KeyCode.DEAD_CIRCUMFLEX, KeyCode.DEAD_GRAVE);

    /**
     * Whether pressing the key types a character (a letter, digit, Space or punctuation, with or
     * without Shift): then accidental typing could press it, and the key rule (0101) applies.
     */
    public boolean printable() {
        if (character != null) {
            return true;
        }
        return !shortcut && printable(code);
    }

    /** Whether a key without Ctrl types a character. */
    public static boolean printable(KeyCode code) {
        return code != null && (code.isLetterKey() || code.isDigitKey() || code == KeyCode.SPACE
                || SYMBOLS.contains(code) || code.isKeypadKey() && !code.isArrowKey());
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
}
