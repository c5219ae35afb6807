package org.zielbild.ui.shell.keys;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.zielbild.ui.common.KeyClaims;

/**
 * Runs the action of a {@link Shortcut} wherever the focus is in a window, before any control can
 * take the key for itself (a TabPane uses Ctrl+PageDown too). Keys a text input needs stay with
 * the text input; Space stays with a focused button; plain keys a focused control claims (a board
 * zooms with + and −) stay with that control.
 */
public final class KeyboardControl {

    private final Map<Shortcut, BooleanSupplier> actions = new EnumMap<>(Shortcut.class);
    private final Map<Shortcut, BooleanSupplier> inText = new EnumMap<>(Shortcut.class);
    private final EventHandler<KeyEvent> filter = this::handle;
    private final EventHandler<KeyEvent> afterControls = this::handleLeftOver;
    /** Whether the last key press went to a control that claims it: its typed character then does too. */
    private boolean lastPressClaimed;

    /** Binds {@code action} to {@code shortcut}; a later binding replaces an earlier one. */
    public KeyboardControl on(Shortcut shortcut, Runnable action) {
        return onIf(shortcut, () -> {
            action.run();
            return true;
        });
    }

    /**
     * Binds an action that may find nothing to do (e.g. Esc with no overlay open): it returns
     * false then, and the key goes on to the focused control as if there were no shortcut.
     */
    public KeyboardControl onIf(Shortcut shortcut, BooleanSupplier action) {
        actions.put(shortcut, action);
        return this;
    }

    /**
     * What {@code shortcut}'s key does in a text input that did not use the key itself (e.g. Esc
     * leaves the field, so the single-key shortcuts work again). Runs after the text input had its
     * chance, so a field that cancels an edit with the same key keeps doing so.
     */
    public KeyboardControl inTextInput(Shortcut shortcut, BooleanSupplier action) {
        inText.put(shortcut, action);
        return this;
    }

    public Set<Shortcut> bound() {
        return Collections.unmodifiableSet(actions.keySet());
    }

    /** Listens on {@code scene} (the session window, and the projector window so keys work there too). */
    public void install(Scene scene) {
        scene.addEventFilter(KeyEvent.ANY, filter);
        scene.addEventHandler(KeyEvent.KEY_PRESSED, afterControls);
    }

    public void uninstall(Scene scene) {
        scene.removeEventFilter(KeyEvent.ANY, filter);
        scene.removeEventHandler(KeyEvent.KEY_PRESSED, afterControls);
    }

    /** Handles one key event; true when a shortcut took it. */
    boolean handle(KeyEvent e) {
        if (e.getEventType() == KeyEvent.KEY_RELEASED) {
            return false;
        }
        boolean claimed = e.getEventType() == KeyEvent.KEY_PRESSED ? KeyClaims.claims(e.getTarget(), e)
                : lastPressClaimed;
        if (e.getEventType() == KeyEvent.KEY_PRESSED) {
            lastPressClaimed = claimed;
        }
        for (Shortcut shortcut : Shortcut.values()) {
            for (Key key : shortcut.keys()) {
                if (key.matches(e) && run(shortcut, key, e, claimed)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean run(Shortcut shortcut, Key key, KeyEvent e, boolean claimed) {
        BooleanSupplier action = actions.get(shortcut);
        if (action == null
                || !key.worksWhileTyping() && (TypingFocus.isTextInput(e.getTarget()) || claimed)
                || key.code() == KeyCode.SPACE && !key.shortcut() && TypingFocus.usesSpace(e.getTarget())
                || !action.getAsBoolean()) {
            return false;
        }
        e.consume();
        return true;
    }

    /** A key a text input did not use: its in-text action, if the shortcut has one. */
    private void handleLeftOver(KeyEvent e) {
        if (e.isConsumed() || !TypingFocus.isTextInput(e.getTarget()) || TypingFocus.isEditingCell(e.getTarget())) {
            return;
        }
        for (Map.Entry<Shortcut, BooleanSupplier> entry : inText.entrySet()) {
            for (Key key : entry.getKey().keys()) {
                if (key.matches(e) && entry.getValue().getAsBoolean()) {
                    e.consume();
                    return;
                }
            }
        }
    }
}
