package org.zielbild.ui.shell.keys;

import static javafx.scene.input.KeyCombination.ModifierValue.ANY;
import static javafx.scene.input.KeyCombination.ModifierValue.DOWN;
import static javafx.scene.input.KeyCombination.ModifierValue.UP;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination.ModifierValue;
import org.junit.jupiter.api.Test;
import org.zielbild.ui.kit.board.BoardShortcut;
import org.zielbild.ui.common.KeyHelp;
import org.zielbild.ui.kit.actions.ActionListView;
import org.zielbild.ui.modules.closing.ClosingKeys;
import org.zielbild.ui.modules.mandate.MandateKeys;
import org.zielbild.ui.modules.coaching.CoachingShortcut;
import org.zielbild.ui.modules.target.TargetKeys;

/**
 * No two shortcuts answer the same key press in the same place: the session window's
 * ({@link Shortcut}, active everywhere in it, the facilitator's board included) together with the
 * board's ({@link BoardShortcut}), the target-picture stage's ({@link TargetKeys}) or the coach round's
 * ({@link CoachingShortcut}), and each ballot screen's keys among themselves.
 */
class ShortcutCollisionTest {

    /** One key press a shortcut answers, with the shortcut's name for the message. */
    record Binding(String name, KeyCodeCombination key) {
    }

    /**
     * Shares of one key by design: Esc closes an overlay, and only when none is open does the
     * board clear its selection (0050, 0065).
     */
    private static final Set<Set<String>> LAYERED = Set.of(Set.of("CLOSE_OVERLAY", "CLEAR_SELECTION"));

    /** The key presses that type a character the session window listens to (US and German layouts). */
    private static final Map<String, List<KeyCodeCombination>> TYPED = Map.of(
            "?", List.of(plain(KeyCode.SLASH, DOWN)),
            ".", List.of(plain(KeyCode.PERIOD, UP), plain(KeyCode.DECIMAL, UP)));

    @Test
    void theSessionWindowAndTheBoardInItShareNoKey() {
        List<Binding> all = new ArrayList<>(sessionWindow());
        all.addAll(board(BoardShortcut.Context.BOARD));
        assertThat(collisions(all)).isEmpty();
    }

    /**
     * The key rule (0101): no key that types a character may start, pause or change a timer, move
     * the stage, freeze the wall or change the session; only the clicker's black-screen keys (shown
     * on the laptop, undone by the same key) and laptop-only overlays may use one.
     */
    @Test
    void keysThatTypeACharacterNeverReachTheRoom() {
        List<String> offenders = new ArrayList<>();
        for (Shortcut s : Shortcut.values()) {
            for (Key k : s.keys()) {
                if (k.printable() && s.reach() == Shortcut.Reach.ROOM) {
                    offenders.add(s + " " + k);
                }
                if (k.printable() && s.reach() == Shortcut.Reach.ROOM_TOGGLE) {
                    assertThat(s).as("only the black screen toggles the wall from a clicker").isEqualTo(Shortcut.BLACK_SCREEN);
                }
            }
        }
        assertThat(offenders).isEmpty();
        // Every room shortcut can also be pressed without typing a character.
        for (Shortcut s : Shortcut.values()) {
            assertThat(s.keys()).as("%s has a key that types nothing", s).anyMatch(k -> !k.printable());
        }
        // The board on the facilitator's stage takes no key that types a character: those begin a note.
        for (Binding b : board(BoardShortcut.Context.BOARD)) {
            boolean plain = b.key().getShortcut() != DOWN && b.key().getControl() != DOWN;
            assertThat(plain && Key.printable(b.key().getCode())).as("%s", b).isFalse();
        }
    }

    @Test
    void theCheckOfTheKeyRuleKnowsWhichKeysTypeACharacter() {
        assertThat(Key.of(KeyCode.SPACE).printable()).isTrue();
        assertThat(Key.shift(KeyCode.R).printable()).isTrue();
        assertThat(Key.typed(".").printable()).isTrue();
        assertThat(Key.of(KeyCode.NUMPAD5).printable()).isTrue();
        assertThat(Key.shortcut(KeyCode.SPACE).printable()).isFalse();
        assertThat(Key.of(KeyCode.PAGE_DOWN).printable()).isFalse();
        assertThat(Key.of(KeyCode.F5).printable()).isFalse();
        assertThat(Key.of(KeyCode.END).printable()).isFalse();
        assertThat(Key.of(KeyCode.UP).printable()).isFalse();
    }

    @Test
    void theSessionWindowAndTheTargetPictureStageShareNoKey() {
        List<Binding> all = new ArrayList<>(sessionWindow());
        for (TargetKeys k : TargetKeys.values()) {
            k.keys().forEach(key -> all.add(new Binding(k.name(), key)));
        }
        assertThat(collisions(all)).isEmpty();
    }

    @Test
    void theTargetPictureStageUsesNoPlainPrintableKey() {
        // The wall's key rule: printable keys belong to text entry; commands take Ctrl or Alt.
        for (TargetKeys k : TargetKeys.values()) {
            for (KeyCodeCombination key : k.keys()) {
                boolean modified = key.getControl() == DOWN || key.getShortcut() == DOWN || key.getAlt() == DOWN;
                assertThat(modified || !(key.getCode().isLetterKey() || key.getCode().isDigitKey()
                        || key.getCode() == KeyCode.SPACE)).as(k + " " + key).isTrue();
            }
        }
    }

    @Test
    void theSessionWindowAndTheMandateStageWithItsActionListShareNoKey() {
        List<Binding> all = new ArrayList<>(sessionWindow());
        for (MandateKeys k : MandateKeys.values()) {
            k.keys().forEach(key -> all.add(new Binding(k.name(), key)));
        }
        all.addAll(help(ActionListView.help()));
        assertThat(collisions(all)).isEmpty();
    }

    @Test
    void theClosingsBoardActionListAndNoteToActionShareNoKeyWithTheSessionWindow() {
        List<Binding> all = new ArrayList<>(sessionWindow());
        all.addAll(board(BoardShortcut.Context.BOARD));
        all.addAll(help(ActionListView.help()));
        all.addAll(help(ClosingKeys.help()));
        assertThat(collisions(all)).isEmpty();
    }

    @Test
    void theMandateStageAndTheActionListUseNoPlainPrintableKey() {
        List<Binding> all = new ArrayList<>();
        for (MandateKeys k : MandateKeys.values()) {
            k.keys().forEach(key -> all.add(new Binding(k.name(), key)));
        }
        all.addAll(help(ActionListView.help()));
        all.addAll(help(ClosingKeys.help()));
        for (Binding b : all) {
            KeyCodeCombination key = b.key();
            boolean modified = key.getControl() == DOWN || key.getShortcut() == DOWN || key.getAlt() == DOWN;
            assertThat(modified || !(key.getCode().isLetterKey() || key.getCode().isDigitKey()
                    || key.getCode() == KeyCode.SPACE)).as(b.name() + " " + key).isTrue();
        }
    }

    private static List<Binding> help(KeyHelp help) {
        List<Binding> out = new ArrayList<>();
        for (KeyHelp.Row row : help.rows()) {
            row.keys().forEach(k -> out.add(new Binding(row.labelKey(), k)));
        }
        return out;
    }

    @Test
    void theBallotScreensKeysAreDistinct() {
        assertThat(collisions(board(BoardShortcut.Context.BALLOT))).isEmpty();
    }

    @Test
    void theSessionWindowAndTheCoachRoundInItShareNoKey() {
        List<Binding> all = new ArrayList<>(sessionWindow());
        all.addAll(coaching(CoachingShortcut.Context.STAGE));
        assertThat(collisions(all)).isEmpty();
    }

    @Test
    void theCoachRoundChangesTheWallOnlyWithAltAndItsBallotScreensKeysAreDistinct() {
        assertThat(coaching(CoachingShortcut.Context.STAGE)).allSatisfy(b -> assertThat(b.key().getAlt()).as(b.name())
                .isEqualTo(DOWN));
        assertThat(collisions(coaching(CoachingShortcut.Context.BALLOT))).isEmpty();
    }

    @Test
    void theCheckFindsKeysThatWouldCollide() {
        List<Binding> all = new ArrayList<>(sessionWindow());
        // The ballot's plain F would fight the clicker's keys if the day had kept plain F; B and "." do.
        all.addAll(board(BoardShortcut.Context.BALLOT));
        all.add(new Binding("MADE_UP", new KeyCodeCombination(KeyCode.A, ANY, UP, UP, UP, DOWN)));
        all.add(new Binding("MADE_UP_BLACK", new KeyCodeCombination(KeyCode.PERIOD, UP, UP, UP, UP, UP)));
        assertThat(collisions(all)).anyMatch(c -> c.contains("AGENDA") && c.contains("MADE_UP"))
                .anyMatch(c -> c.contains("BLACK_SCREEN") && c.contains("MADE_UP_BLACK"));
    }

    private static List<Binding> sessionWindow() {
        List<Binding> out = new ArrayList<>();
        for (Shortcut s : Shortcut.values()) {
            for (Key k : s.keys()) {
                if (k.character() != null) {
                    assertThat(TYPED).as("which keys type “%s”?", k.character()).containsKey(k.character());
                    TYPED.get(k.character()).forEach(c -> out.add(new Binding(s.name(), c)));
                } else {
                    out.add(new Binding(s.name(), new KeyCodeCombination(k.code(), k.shift() ? DOWN : UP, UP, UP, UP,
                            k.shortcut() ? DOWN : UP)));
                }
            }
        }
        return out;
    }

    private static List<Binding> board(BoardShortcut.Context context) {
        List<Binding> out = new ArrayList<>();
        for (BoardShortcut s : BoardShortcut.values()) {
            if (s.contexts().contains(context)) {
                s.keys().forEach(k -> out.add(new Binding(s.name(), k)));
            }
        }
        return out;
    }

    private static List<Binding> coaching(CoachingShortcut.Context context) {
        List<Binding> out = new ArrayList<>();
        for (CoachingShortcut s : CoachingShortcut.values()) {
            if (s.context() == context) {
                s.keys().forEach(k -> out.add(new Binding(s.name(), k)));
            }
        }
        return out;
    }

    static List<String> collisions(List<Binding> bindings) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < bindings.size(); i++) {
            for (int j = i + 1; j < bindings.size(); j++) {
                Binding a = bindings.get(i);
                Binding b = bindings.get(j);
                if (!a.name().equals(b.name()) && overlap(a.key(), b.key()) && !LAYERED.contains(Set.of(a.name(), b.name()))) {
                    out.add(a.name() + " (" + a.key() + ") and " + b.name() + " (" + b.key() + ")");
                }
            }
        }
        return out;
    }

    /** Whether one key press can match both (Shortcut counts as Ctrl, as on Windows and Linux). */
    static boolean overlap(KeyCodeCombination a, KeyCodeCombination b) {
        return a.getCode() == b.getCode() && fit(a.getShift(), b.getShift())
                && fit(ctrl(a), ctrl(b)) && fit(a.getAlt(), b.getAlt()) && fit(a.getMeta(), b.getMeta());
    }

    private static ModifierValue ctrl(KeyCodeCombination k) {
        ModifierValue c = k.getControl();
        ModifierValue s = k.getShortcut();
        return c == DOWN || s == DOWN ? DOWN : c == ANY || s == ANY ? ANY : UP;
    }

    private static boolean fit(ModifierValue a, ModifierValue b) {
        return a == ANY || b == ANY || a == b;
    }

    private static KeyCodeCombination plain(KeyCode code, ModifierValue shift) {
        return new KeyCodeCombination(code, shift, UP, UP, UP, UP);
    }
}
