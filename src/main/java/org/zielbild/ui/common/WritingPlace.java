package org.zielbild.ui.common;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TextInputControl;

/**
 * The key rule's helper for modules (docs/decisions/0101): a stage that has a place to write new
 * entries (a board's note field) marks that field here. The session window then sends every
 * character typed on that stage outside a text field into it (the focus moves there, the
 * character is not lost), so stray typing begins a new entry instead of reaching the wall or a
 * timer. On a stage without one, characters typed outside a text field act only on the laptop or,
 * for a presentation clicker's black-screen key, on the wall in a way the laptop shows and the same
 * key undoes.
 */
public final class WritingPlace {

    private static final String PROPERTY = "org.zielbild.writingPlace";

    private WritingPlace() {
    }

    /** Makes {@code field} the place where typing on its stage goes. */
    public static void mark(TextInputControl field) {
        field.getProperties().put(PROPERTY, Boolean.TRUE);
    }

    /** The marked field inside {@code root} that is on screen and takes text, if any (the open tab's). */
    public static Optional<TextInputControl> in(Node root) {
        return root == null ? Optional.empty() : find(root);
    }

    private static Optional<TextInputControl> find(Node n) {
        if (!n.isVisible()) {
            return Optional.empty();
        }
        if (n instanceof TextInputControl t && Boolean.TRUE.equals(t.getProperties().get(PROPERTY))) {
            return t.isDisabled() || !t.isEditable() ? Optional.empty() : Optional.of(t);
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                Optional<TextInputControl> found = find(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Puts a typed character into {@code field}: the focus goes there, the character after what it holds. */
    public static void write(TextInputControl field, String character) {
        field.requestFocus();
        field.end();
        field.replaceSelection(character);
    }

    /** Whether a typed character (from a KEY_TYPED event) is text, not a control key or a Ctrl combination. */
    public static boolean isText(String character, boolean shortcutDown, boolean altDown) {
        if (character == null || character.isEmpty() || Character.isISOControl(character.codePointAt(0))) {
            return false;
        }
        // AltGr (Ctrl+Alt on Windows) types characters such as @ and € on German keyboards.
        return !shortcutDown || altDown;
    }
}
