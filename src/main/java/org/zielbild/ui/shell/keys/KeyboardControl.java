package org.zielbild.ui.shell.keys;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.zielbild.ui.common.KeyClaims;
import org.zielbild.ui.common.WritingPlace;

/**
 * Runs the action of a {@link Shortcut} wherever the focus is in a window, before any control can
 * take the key for itself (a TabPane uses Ctrl+PageDown too). Keys a text input needs stay with
 * the text input; Space stays with a focused button; plain keys a focused control claims (the mood
 * form's score digits) stay with that control.
 *
 * <p>The key rule (docs/decisions/0101): a key that types a character never acts on the room.
 * On a stage with a {@link WritingPlace} every character typed outside a text field goes there (a
 * board's note field: stray typing begins a note); elsewhere such keys act only on the laptop
 * ({@link Shortcut.Reach#LAPTOP}) or toggle the black screen ({@link Shortcut.Reach#ROOM_TOGGLE}),
 * and a character that does nothing says so on the laptop ({@link #onIgnoredTyping}).
 */
public final class KeyboardControl {

    private final Map<Shortcut, BooleanSupplier> actions = new EnumMap<>(Shortcut.class);
    private final Map<Shortcut, BooleanSupplier> inText = new EnumMap<>(Shortcut.class);
    private final EventHandler<KeyEvent> filter = this::handle;
    private final EventHandler<KeyEvent> afterControls = this::handleLeftOver;
    /** Whether the last key press went to a control that claims it: its typed character then does too. */
    private boolean lastPressClaimed;
    /** Whether the last key press ran a shortcut: the character it types is then used up too. */
    private boolean lastPressActed;
    private Supplier<Optional<TextInputControl>> writingPlace = Optional::empty;
    private Runnable onIgnoredTyping = () -> { };

    /** Where characters typed outside a text field go on the stage on screen (0101); empty for none. */
    public KeyboardControl writingPlace(Supplier<Optional<TextInputControl>> place) {
        this.writingPlace = place;
        return this;
    }

    /** Called when a character typed outside a text field did nothing (no writing place, no shortcut). */
    public KeyboardControl onIgnoredTyping(Runnable action) {
        this.onIgnoredTyping = action;
        return this;
    }

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
        if (e.getEventType() == KeyEvent.KEY_TYPED && lastPressActed) {
            lastPressActed = false;
            e.consume();
            return true;
        }
        lastPressActed = false;
        boolean typing = TypingFocus.isTextInput(e.getTarget());
        Optional<TextInputControl> place = typing || claimed ? Optional.empty() : writingPlace.get();
        if (e.getEventType() == KeyEvent.KEY_TYPED && place.isPresent()
                && WritingPlace.isText(e.getCharacter(), e.isShortcutDown(), e.isAltDown())) {
            // Stray typing on a stage with a place to write: the character begins (or goes on) an entry there.
            e.consume();
            WritingPlace.write(place.get(), e.getCharacter());
            return true;
        }
        for (Shortcut shortcut : Shortcut.values()) {
            for (Key key : shortcut.keys()) {
                if (key.matches(e) && (!key.printable() || place.isEmpty() && shortcut.typedKeyMayAct(key))
                        && run(shortcut, key, e, claimed)) {
                    lastPressActed = e.getEventType() == KeyEvent.KEY_PRESSED && key.printable();
                    return true;
                }
            }
        }
        if (e.getEventType() == KeyEvent.KEY_TYPED && !typing && !claimed
                && WritingPlace.isText(e.getCharacter(), e.isShortcutDown(), e.isAltDown())) {
            onIgnoredTyping.run();
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
