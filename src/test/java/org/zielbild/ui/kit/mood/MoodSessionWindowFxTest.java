package org.zielbild.ui.kit.mood;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.domain.Language;
import org.zielbild.domain.roster.AddParticipant;
import org.zielbild.domain.roster.Participant;
import org.zielbild.testing.CutText;
import org.zielbild.testing.LaptopDay;
import org.zielbild.ui.shell.Shell;

/**
 * The mood screens at the laptop size of 1280 × 800 in the real session window, in English and in
 * German (~30 % longer): no label or button cut to "…", every field shows its whole hint, and the
 * entry form of an anonymous check-in fits without scrolling. And the score digits are the form's,
 * not the window's shortcuts.
 */
class MoodSessionWindowFxTest {

    @TempDir
    Path home;

    private LaptopDay day;
    private Shell shell;
    private Stage stage;
    private final FxRobot robot = new FxRobot();

    private void openStage(Language language, String stageId) throws Exception {
        day = LaptopDay.open(home, language);
        shell = day.shell();
        stage = day.stage();
        robot.interact(() -> shell.sessionWindow().viewModel().goTo(stageId));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Presses the buttons with these ids, in this order. */
    private void fire(String... ids) {
        robot.interact(() -> {
            for (String id : ids) {
                ((ButtonBase) stage.getScene().lookup("#" + id)).fire();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void startRound(boolean anonymous) {
        if (!anonymous) {
            fire("moodAnonymous");
        }
        fire("moodStart");
    }

    @AfterEach
    void close() throws Exception {
        day.close();
    }

    /** Text fields whose hint (prompt) does not fit: the field clips it without an ellipsis. */
    static List<String> cutPrompts(Parent root) {
        List<String> problems = new ArrayList<>();
        root.applyCss();
        root.layout();
        for (Node n : root.lookupAll(".text-field")) {
            if (n instanceof TextField f && n.isVisible() && f.getPromptText() != null && !f.getPromptText().isEmpty()) {
                Text probe = new Text(f.getPromptText());
                probe.setFont(f.getFont());
                double room = f.getWidth() - f.snappedLeftInset() - f.snappedRightInset();
                if (probe.getLayoutBounds().getWidth() > room + 0.5) {
                    problems.add("TextField#" + f.getId() + " “" + f.getPromptText() + "”: "
                            + Math.round(probe.getLayoutBounds().getWidth()) + " px hint in " + Math.round(room) + " px");
                }
            }
        }
        return problems;
    }

    private static void assertReadable(Scene scene) {
        assertThat(CutText.in(scene)).isEmpty();
        // Laid out on the FX thread: a list laid out from the test thread updates its cells there.
        assertThat(WaitForAsyncUtils.waitForAsyncFx(10_000, () -> cutPrompts(scene.getRoot()))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theCheckInBeforeAndAfterItStarts(Language language) throws Exception {
        openStage(language, "s2");
        assertReadable(stage.getScene());
        startRound(true);
        assertReadable(stage.getScene());
        ScrollPane scroll = robot.lookup("#moodFormScroll").queryAs(ScrollPane.class);
        Bounds view = scroll.getViewportBounds();
        Bounds content = scroll.getContent().getLayoutBounds();
        assertThat(content.getHeight()).as("the form's height fits without scrolling").isLessThanOrEqualTo(view.getHeight());
        assertThat(content.getWidth()).as("the form's width fits without scrolling").isLessThanOrEqualTo(view.getWidth());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aNamedCheckInWithEverythingChosen(Language language) throws Exception {
        openStage(language, "s2");
        fire("moodAnonymous");
        // The day has no participants yet: a named round says how to go on, and waits.
        assertThat(robot.lookup("#moodNeedParticipants").queryLabeled().isVisible()).isTrue();
        assertThat(robot.lookup("#moodStart").queryButton().isDisabled()).isTrue();
        assertReadable(stage.getScene());
        robot.interact(() -> shell.sessionWindow().viewModel().model()
                .apply(AddParticipant.atEnd(new Participant("p-ada", "Ada", null))));
        fire("moodStart");
        fire("moodScore2", "emotion-disappointed", "emotion-uncertain", "moodAdd");
        assertThat(robot.lookup("#moodProblem").queryLabeled().isVisible()).as("the round asks who it is").isTrue();
        assertReadable(stage.getScene());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theCheckOutWithoutACheckInAndItsResults(Language language) throws Exception {
        openStage(language, "s7");
        startRound(true);
        fire("moodScore4", "moodAdd");
        assertThat(robot.lookup("#moodRevealedHint").query().isVisible()).isFalse();
        fire("moodReveal");
        assertThat(robot.lookup("#moodRevealedHint").query().isVisible()).as("says why the form is greyed out").isTrue();
        assertReadable(stage.getScene());
    }

    private static final String[] EMOTIONS = {"frustrated", "tired", "uncertain", "calm", "curious", "hopeful",
        "motivated", "confident", "proud", "worried"};

    /** A realistic round: twenty people, a score, two words and a sentence each. */
    private void addTwentyMoods() {
        robot.interact(() -> {
            Scene scene = stage.getScene();
            for (int i = 0; i < 20; i++) {
                ((ButtonBase) scene.lookup("#moodScore" + (1 + i % 5))).fire();
                ((ButtonBase) scene.lookup("#emotion-" + EMOTIONS[i % EMOTIONS.length])).fire();
                ((ButtonBase) scene.lookup("#emotion-" + EMOTIONS[(i + 3) % EMOTIONS.length])).fire();
                ((TextField) scene.lookup("#moodSentence")).setText("Person " + (i + 1) + " had a long trip and is glad to be here");
                ((ButtonBase) scene.lookup("#moodAdd")).fire();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean scrolls(ListView<?> list, Orientation orientation) {
        return list.lookupAll(".scroll-bar").stream().anyMatch(n -> n instanceof ScrollBar b
                && b.getOrientation() == orientation && b.isVisible());
    }

    /** The check-in (s2), and the check-out (s7) of a day without a check-in, which says so under the chart. */
    @ParameterizedTest
    @CsvSource({"EN, s2", "DE, s2", "EN, s7", "DE, s7"})
    void aRoundOfTwentyMoodsKeepsTheNumbersColumnAndItsHintInViewWithTheResultsHiddenOrShown(Language language,
            String stageId) throws Exception {
        openStage(language, stageId);
        startRound(true);
        addTwentyMoods();
        ListView<?> list = robot.lookup("#moodEntries").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(20);
        assertNumbersInView(list);
        double width = robot.lookup("#moodNumbersScroll").queryAs(ScrollPane.class).getWidth();
        fire("moodReveal");
        javafx.scene.control.Label shown = robot.lookup("#moodRevealedHint").queryAs(javafx.scene.control.Label.class);
        assertThat(shown.isVisible()).isTrue();
        assertThat(shown.getWidth()).as("the line over the form is as wide as the form")
                .isGreaterThanOrEqualTo(robot.lookup("#moodFormScroll").queryAs(ScrollPane.class).getWidth() - 1);
        assertThat(robot.lookup("#moodNumbersScroll").queryAs(ScrollPane.class).getWidth()).as("the numbers keep their width")
                .isEqualTo(width);
        assertNumbersInView(list);
    }

    private void assertNumbersInView(ListView<?> list) {
        assertReadable(stage.getScene());
        ScrollPane numbers = robot.lookup("#moodNumbersScroll").queryAs(ScrollPane.class);
        assertThat(numbers.getContent().getLayoutBounds().getHeight()).as("the numbers column fits without scrolling")
                .isLessThanOrEqualTo(numbers.getViewportBounds().getHeight());
        Node hintLabel = robot.lookup("#moodEntriesHint").query();
        Bounds hint = hintLabel.localToScene(hintLabel.getLayoutBounds());
        Bounds column = numbers.localToScene(numbers.getLayoutBounds());
        assertThat(hint.getMaxY()).as("the hint under the list is in view").isLessThanOrEqualTo(column.getMaxY());
        assertThat(hint.getMaxY()).isLessThanOrEqualTo(stage.getScene().getHeight());
        assertThat(scrolls(list, Orientation.VERTICAL)).as("the list of moods scrolls itself").isTrue();
        assertThat(scrolls(list, Orientation.HORIZONTAL)).as("each mood wraps within the list's width").isFalse();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void resultsShownWhileTheFocusIsInTheFormPutTheFocusOnHideAndScrollNothing(Language language) throws Exception {
        openStage(language, "s2");
        startRound(true);
        addTwentyMoods();
        // Shown and hidden again; then, from the form, Ctrl+Z undoes "hide" and the results are shown.
        fire("moodReveal", "moodReveal");
        robot.interact(() -> stage.getScene().lookup("#moodScore1").requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        ToggleButton reveal = robot.lookup("#moodReveal").queryAs(ToggleButton.class);
        assertThat(reveal.isSelected()).as("the undo showed the results").isTrue();
        assertThat(stage.getScene().getFocusOwner().getId()).as("the focus is on “Hide results”").isEqualTo("moodReveal");
        assertThat(robot.lookup("#moodNumbersScroll").queryAs(ScrollPane.class).getVvalue()).as("nothing scrolled")
                .isZero();
        // The keyboard goes on: Space hides them, Tab reaches the form, a digit chooses the score.
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reveal.isSelected()).isFalse();
        for (int i = 0; i < 10 && !"moodScore1".equals(stage.getScene().getFocusOwner().getId()); i++) {
            robot.type(KeyCode.TAB);
        }
        assertThat(stage.getScene().getFocusOwner().getId()).isEqualTo("moodScore1");
        robot.type(KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#moodScore3").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void thePrivateScreenOnTheLaptop(Language language) throws Exception {
        openStage(language, "s2");
        startRound(true);
        Stage[] screen = new Stage[1];
        robot.interact(() -> {
            ((ButtonBase) stage.getScene().lookup("#moodPrivate")).fire();
            screen[0] = (Stage) javafx.stage.Window.getWindows().stream()
                    .filter(w -> w != stage && w.getScene().lookup("#moodPrivateStart") != null).findFirst().orElseThrow();
            // Maximized on the laptop's screen: 1280 x 800 here, whatever size the test screen has.
            screen[0].setMaximized(false);
            screen[0].setWidth(1280);
            screen[0].setHeight(800);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertReadable(screen[0].getScene());
        robot.interact(() -> ((ButtonBase) screen[0].getScene().lookup("#moodPrivateStart")).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertReadable(screen[0].getScene());
        robot.interact(() -> screen[0].close());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void digitsOnTheFormChooseTheScoreAndLeaveTheTimerAlone(Language language) throws Exception {
        openStage(language, "s2");
        startRound(true);
        Object timer = shell.sessionWindow().timers().stageTimerProperty().get();
        assertThat(stage.getScene().getFocusOwner().getId()).isEqualTo("moodScore1");
        robot.type(KeyCode.DIGIT5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#moodScore5").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(shell.sessionWindow().timers().stageTimerProperty().get()).as("no five minutes added").isEqualTo(timer);
    }
}
