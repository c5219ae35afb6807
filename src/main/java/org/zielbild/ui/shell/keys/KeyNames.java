package org.zielbild.ui.shell.keys;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.input.KeyCode;
import org.zielbild.ui.common.I18n;

/** Keys as the user's keyboard labels them, in the UI language ("Strg" + "Bild ab" in German). */
public final class KeyNames {

    private static final boolean MAC = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac");

    private KeyNames() {
    }

    /** The caps to press together, e.g. ["Ctrl", "Shift", "Z"]. */
    public static List<String> caps(Key key, I18n i18n) {
        List<String> caps = new ArrayList<>();
        if (key.shortcut()) {
            caps.add(i18n.t(MAC ? "key.command" : "key.ctrl"));
        }
        if (key.shift()) {
            caps.add(i18n.t("key.shift"));
        }
        caps.add(key.character() != null ? key.character() : name(key, i18n));
        return caps;
    }

    /** The caps joined with "+", e.g. "Ctrl+Shift+Z". */
    public static String text(Key key, I18n i18n) {
        return String.join("+", caps(key, i18n));
    }

    private static String name(Key k, I18n i18n) {
        KeyCode code = k.code();
        boolean modified = k.shortcut() || k.shift();
        String key = switch (code) {
            case SPACE -> "key.space";
            case PAGE_DOWN -> "key.pageDown";
            case PAGE_UP -> "key.pageUp";
            case END -> "key.end";
            case ESCAPE -> "key.escape";
            case DELETE -> "key.delete";
            case BACK_SPACE -> "key.backspace";
            case ENTER -> "key.enter";
            // Alone the four arrows are one entry ("arrow keys"); with Ctrl each is its own key.
            case UP, DOWN, LEFT, RIGHT -> modified ? null : "key.arrows";
            default -> null;
        };
        if (key != null) {
            return i18n.t(key);
        }
        return switch (code) {
            case COMMA -> ",";
            case PLUS, ADD -> "+";
            case MINUS, SUBTRACT -> "−";
            case EQUALS -> "=";
            case UP -> "↑";
            case DOWN -> "↓";
            case LEFT -> "←";
            case RIGHT -> "→";
            default -> code.getName();
        };
    }
}
