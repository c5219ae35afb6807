package org.zielbild.ui.shell.keys;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Runs the action of a {@link Shortcut} wherever the focus is in a window, before any control can
 * take the key for itself (a TabPane uses Ctrl+PageDown too). Keys a text input needs stay with
 * the text input; Space stays with a focused button.
 */
public final class KeyboardControl {

    private final Map<Shortcut, Runnable> actions = new EnumMap<>(Shortcut.class);
    private final EventHandler<KeyEvent> filter = this::handle;

    /** Binds {@code action} to {@code shortcut}; a later binding replaces an earlier one. */
    public KeyboardControl on(Shortcut shortcut, Runnable action) {
        actions.put(shortcut, action);
        return this;
    }

    public Set<Shortcut> bound() {
        return Collections.unmodifiableSet(actions.keySet());
    }

    /** Listens on {@code scene} (the session window, and the projector window so keys work there too). */
    public void install(Scene scene) {
        scene.addEventFilter(KeyEvent.ANY, filter);
    }

    public void uninstall(Scene scene) {
        scene.removeEventFilter(KeyEvent.ANY, filter);
    }

    /** Handles one key event; true when a shortcut took it. */
    boolean handle(KeyEvent e) {
        if (e.getEventType() == KeyEvent.KEY_RELEASED) {
            return false;
        }
        for (Shortcut shortcut : Shortcut.values()) {
            for (Key key : shortcut.keys()) {
                if (key.matches(e)) {
                    return run(shortcut, key, e);
                }
            }
        }
        return false;
    }

    private boolean run(Shortcut shortcut, Key key, KeyEvent e) {
        Runnable action = actions.get(shortcut);
        if (action == null
                || !key.worksWhileTyping() && TypingFocus.isTextInput(e.getTarget())
                || key.code() == KeyCode.SPACE && !key.shortcut() && TypingFocus.usesSpace(e.getTarget())) {
            return false;
        }
        e.consume();
        action.run();
        return true;
    }
}
