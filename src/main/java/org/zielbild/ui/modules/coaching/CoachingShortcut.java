package org.zielbild.ui.modules.coaching;

import static org.zielbild.ui.common.StageKey.alt;
import static org.zielbild.ui.common.StageKey.bind;
import static org.zielbild.ui.common.StageKey.plain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import org.zielbild.ui.common.KeyHelp;
import org.zielbild.ui.common.StageKey;

/**
 * Every key of the coach round, in one place (the view acts only through {@link #matches}, the F1
 * overlay lists {@link #help()}, a test checks them against the day's). In the session window every
 * command that changes the wall or starts a timer takes Alt, so no plain key can do it by accident
 * (decision 0132); only the private ballot screen, a window of its own, ranks with plain keys.
 */
public enum CoachingShortcut implements StageKey {
    NEXT_STEP(Context.STAGE, bind("coaching.keys.next", alt(KeyCode.RIGHT))),
    PREVIOUS_STEP(Context.STAGE, bind("coaching.keys.previous", alt(KeyCode.LEFT))),
    QUESTION(Context.STAGE, bind("coaching.keys.question", alt(KeyCode.Q))),
    BALLOT_SCREEN(Context.STAGE, bind("coaching.keys.ballotScreen", alt(KeyCode.R))),
    COMPUTE(Context.STAGE, bind("coaching.keys.compute", alt(KeyCode.C))),
    ANNOUNCE(Context.STAGE, bind("coaching.keys.announce", alt(KeyCode.A))),
    TABS(Context.STAGE, bind("coaching.keys.tabs", alt(KeyCode.DIGIT1), alt(KeyCode.DIGIT2), alt(KeyCode.DIGIT3),
            alt(KeyCode.DIGIT4))),
    RANK(Context.BALLOT, bind("coaching.keys.rank", rankKeys())),
    TAKE_BACK(Context.BALLOT, bind("coaching.keys.takeBack", plain(KeyCode.BACK_SPACE))),
    CLEAR(Context.BALLOT, bind("coaching.keys.clear", plain(KeyCode.DELETE))),
    CONFIRM(Context.BALLOT, bind("coaching.keys.confirm", plain(KeyCode.ENTER))),
    LEAVE(Context.BALLOT, bind("coaching.keys.leave", plain(KeyCode.ESCAPE)));

    /** Where a key works. */
    public enum Context {
        /** The coach round's stage inside the session window, where the day's shortcuts listen too. */
        STAGE,
        /** The private ballot screen, a window of its own without the day's shortcuts. */
        BALLOT
    }

    /** The keys of coach 1, 2, ...: 1–9, 0, then A–Z (the ballot screen shows each coach's key). */
    public static final List<KeyCode> COACH_KEYS = coachKeys();

    private final Context context;
    private final Binding binding;

    CoachingShortcut(Context context, Binding binding) {
        this.context = context;
        this.binding = binding;
    }

    public Context context() {
        return context;
    }

    @Override
    public Binding binding() {
        return binding;
    }

    /** The overlay's groups: the stage's commands, then the ballot screen's keys (the first few coach keys shown). */
    public static List<KeyHelp> help() {
        return HELP;
    }

    /** The index of the coach whose key {@code e} is (numpad digits too), or -1. */
    public static int coachIndex(KeyEvent e) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) {
            return -1;
        }
        KeyCode code = e.getCode();
        if (code.isKeypadKey() && code.isDigitKey()) {
            code = KeyCode.valueOf("DIGIT" + code.getName().substring(code.getName().length() - 1));
        }
        return COACH_KEYS.indexOf(code);
    }

    /** The label of coach {@code index}'s key: "1" … "9", "0", "A" … */
    public static String keyLabel(int index) {
        KeyCode code = COACH_KEYS.get(index);
        return code.isDigitKey() ? code.getChar() : code.getName();
    }

    private static final List<KeyHelp> HELP = List.of(group(Context.STAGE, "coaching.keys.group.stage", 4),
            group(Context.BALLOT, "coaching.keys.group.ballot", 3));

    private static KeyHelp group(Context context, String title, int shown) {
        return StageKey.help(title, Arrays.stream(values()).filter(s -> s.context == context).toList(), shown);
    }

    private static List<KeyCode> coachKeys() {
        List<KeyCode> codes = new ArrayList<>();
        for (int d = 1; d <= 9; d++) {
            codes.add(KeyCode.valueOf("DIGIT" + d));
        }
        codes.add(KeyCode.DIGIT0);
        for (char c = 'A'; c <= 'Z'; c++) {
            codes.add(KeyCode.valueOf(String.valueOf(c)));
        }
        return List.copyOf(codes);
    }

    private static KeyCodeCombination[] rankKeys() {
        List<KeyCodeCombination> keys = new ArrayList<>();
        coachKeys().forEach(code -> keys.add(plain(code)));
        for (int d = 0; d <= 9; d++) {
            keys.add(plain(KeyCode.valueOf("NUMPAD" + d)));
        }
        return keys.toArray(KeyCodeCombination[]::new);
    }
}
