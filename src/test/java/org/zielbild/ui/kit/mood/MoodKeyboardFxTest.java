package org.zielbild.ui.kit.mood;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.domain.Language;
import org.zielbild.domain.mood.MoodKind;
import org.zielbild.domain.roster.Participant;
import org.zielbild.testing.SessionModelFixture;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.KeyClaims;

/**
 * The whole check-in from the keyboard: start, give moods one after another, Enter in the
 * sentence gives the mood (and nothing else), the private screen steps back with Esc.
 */
@ExtendWith(ApplicationExtension.class)
class MoodKeyboardFxTest {

    private SessionModelFixture t;
    private MoodRoundViewModel vm;
    private I18n i18n;
    private Stage stage;
    /** A default button elsewhere in the window, as a host screen may have one: Enter in the form must not press it. */
    private final AtomicInteger defaultPressed = new AtomicInteger();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        t = new SessionModelFixture();
        vm = new MoodRoundViewModel(t.model, t.fixture.stageId, MoodKind.CHECK_IN, t.ids, t.clock);
        i18n = new I18n(Language.EN);
        MoodPanel panel = new MoodPanel(vm, i18n);
        Button other = new Button("Other");
        other.setDefaultButton(true);
        other.setOnAction(e -> defaultPressed.incrementAndGet());
        stage.setScene(new Scene(new BorderPane(panel.root(), null, null, other, null), 1200, 780));
        stage.show();
        panel.focus();
    }

    private Node focused() {
        return stage.getScene().getFocusOwner();
    }

    private void tabTo(FxRobot robot, String id) {
        for (int i = 0; i < 40 && !id.equals(focused().getId()); i++) {
            robot.type(KeyCode.TAB);
        }
        assertThat(focused().getId()).as("Tab reaches " + id).isEqualTo(id);
    }

    @Test
    void startingFromTheKeyboardPutsTheFocusOnTheFirstScoreAndEveryMoodStartsThereAgain(FxRobot robot) {
        assertThat(focused().getId()).as("the stage opens on the start button").isEqualTo("moodStart");
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.round()).isPresent();
        assertThat(focused().getId()).isEqualTo("moodScore1");
        for (String sentence : List.of("Good start", "Long week")) {
            robot.type(KeyCode.DIGIT4);
            tabTo(robot, "moodSentence");
            robot.write(sentence).type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(focused().getId()).as("back at the top for the next person").isEqualTo("moodScore1");
        }
        assertThat(vm.round().orElseThrow().entries()).extracting(e -> e.score() + " " + e.sentence())
                .containsExactlyInAnyOrder("4 Good start", "4 Long week");
        assertThat(defaultPressed).as("Enter gave the mood and pressed nothing else").hasValue(0);
    }

    @Test
    void inANamedRoundTheFocusGoesToWhoItIsFrom(FxRobot robot) {
        robot.interact(() -> vm.anonymousProperty().set(false));
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.round().orElseThrow().anonymous()).isFalse();
        assertThat(focused().getId()).isEqualTo("moodWho");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Participant> who = robot.lookup("#moodWho").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(who.getPromptText()).isEqualTo(i18n.t("mood.form.who"));
        robot.type(KeyCode.DOWN).type(KeyCode.DIGIT3);
        Participant chosen = who.getValue();
        assertThat(chosen).as("the arrow key chose someone").isNotNull();
        tabTo(robot, "moodSentence");
        robot.write("Named").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.round().orElseThrow().entries()).singleElement().satisfies(e -> {
            assertThat(e.participantId()).isEqualTo(chosen.id());
            assertThat(e.score()).isEqualTo(3);
        });
        assertThat(who.getItems()).as("who has given a mood is not asked again").doesNotContain(chosen);
        assertThat(focused().getId()).isEqualTo("moodWho");
    }

    @Test
    void enterWithoutAScoreSaysWhatIsMissingAndAddsNothing(FxRobot robot) {
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        tabTo(robot, "moodSentence");
        robot.write("Nothing chosen").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.round().orElseThrow().entries()).isEmpty();
        assertThat(robot.lookup("#moodProblem").queryAs(Label.class).getText()).isEqualTo(i18n.t("mood.form.needScore"));
        assertThat(robot.lookup("#moodSentence").queryTextInputControl().getText()).as("nothing typed is lost")
                .isEqualTo("Nothing chosen");
        assertThat(defaultPressed).hasValue(0);
        robot.clickOn("#moodScore3");
        assertThat(robot.lookup("#moodProblem").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void theScoreDigitsAreTheFormsOwnNotTheSessionWindowsShortcuts(FxRobot robot) {
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("moodScore1", "emotion-proud", "moodWho")) {
            Node n = robot.lookup("#" + id).query();
            for (KeyCode code : List.of(KeyCode.DIGIT5, KeyCode.NUMPAD5, KeyCode.DIGIT1)) {
                KeyEvent press = new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false);
                assertThat(KeyClaims.claims(n, press)).as(id + " " + code).isTrue();
            }
        }
    }

    @Test
    void thePrivateScreenTakesEnterAsDoneAndEscAsStepBackWithoutLosingAGivenMood(FxRobot robot) throws Exception {
        robot.type(KeyCode.SPACE);
        robot.interact(() -> vm.anonymousProperty().set(true));
        PrivateMoodScreen[] screen = new PrivateMoodScreen[1];
        robot.interact(() -> {
            screen[0] = new PrivateMoodScreen(stage, vm, i18n);
            screen[0].stage().show();
        });
        Scene scene = screen[0].stage().getScene();
        robot.targetWindow(screen[0].stage());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scene.getFocusOwner().getId()).isEqualTo("moodPrivateStart");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scene.getFocusOwner().getId()).isEqualTo("moodScore1");
        robot.type(KeyCode.DIGIT2);
        robot.interact(() -> scene.lookup("#moodSentence").requestFocus());
        robot.write("Tired").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.round().orElseThrow().entries()).singleElement()
                .satisfies(e -> assertThat(e.sentence()).isEqualTo("Tired"));
        assertThat(scene.lookup("#moodPrivateStart")).as("Enter handed over, and did not go on to the next form")
                .isNotNull();
        assertThat(scene.lookup("#moodSentence")).isNull();

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.DIGIT5);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scene.lookup("#moodPrivateStart")).as("Esc cancels the half-given mood").isNotNull();
        assertThat(screen[0].stage().isShowing()).isTrue();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !screen[0].stage().isShowing());
        assertThat(vm.round().orElseThrow().entries()).as("the given mood stays, the cancelled one never came")
                .singleElement().satisfies(e -> assertThat(e.score()).isEqualTo(2));
    }
}
