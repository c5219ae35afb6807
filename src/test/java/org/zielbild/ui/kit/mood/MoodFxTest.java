package org.zielbild.ui.kit.mood;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.domain.Language;
import org.zielbild.domain.mood.Emotion;
import org.zielbild.domain.mood.MoodKind;
import org.zielbild.testing.SessionModelFixture;
import org.zielbild.ui.common.I18n;

@ExtendWith(ApplicationExtension.class)
class MoodFxTest {

    private SessionModelFixture t;
    private MoodRoundViewModel vm;
    private MoodProjection projection;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        t = new SessionModelFixture();
        vm = new MoodRoundViewModel(t.model, t.fixture.stageId, MoodKind.CHECK_IN, t.ids, t.clock);
        I18n i18n = new I18n(Language.EN);
        MoodPanel panel = new MoodPanel(vm, i18n);
        projection = new MoodProjection(vm.feed(), i18n);
        stage.setScene(new Scene((Parent) panel.root(), 1200, 780));
        stage.show();
    }

    @Test
    void thePrivateScreenNeverAsksForANameAndTheRoomSeesOnlyACountUntilShown(FxRobot robot) {
        assertThat(projection.shown()).isEqualTo("waiting");
        robot.clickOn("#moodStart");
        robot.clickOn("#moodPrivate");
        javafx.scene.Node screen = robot.lookup("#moodPrivateStart").query().getScene().getRoot();
        for (int score : new int[] {2, 4}) {
            robot.clickOn(robot.from(screen).lookup("#moodPrivateStart").queryAs(javafx.scene.Node.class));
            assertThat(robot.from(screen).lookup("#moodWho").queryAll()).as("nobody is asked who they are")
                    .allSatisfy(n -> assertThat(((javafx.scene.Node) n).getParent().isVisible()).isFalse());
            robot.clickOn(robot.from(screen).lookup("#moodScore" + score).queryAs(javafx.scene.Node.class))
                    .clickOn(robot.from(screen).lookup("#emotion-hopeful").queryAs(javafx.scene.Node.class))
                    .clickOn(robot.from(screen).lookup("#moodPrivateDone").queryAs(javafx.scene.Node.class));
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(vm.statsProperty().get().total()).isEqualTo(2);
        assertThat(vm.round().orElseThrow().entries()).allSatisfy(e -> {
            assertThat(e.participantId()).isNull();
            assertThat(e.emotions()).containsExactly(Emotion.HOPEFUL);
        });
        assertThat(projection.shown()).isEqualTo("collecting");
        assertThat(robot.from(projection.root()).lookup("#moodCount").queryAs(Label.class).getText()).isEqualTo("2");
        assertThat(robot.from(projection.root()).lookup(".mood-chart").tryQuery()).as("no chart while collecting").isEmpty();
        robot.clickOn(robot.from(screen).lookup("#moodPrivateClose").queryAs(javafx.scene.Node.class));
        robot.clickOn("#moodReveal");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(projection.shown()).isEqualTo("results");
        assertThat(robot.from(projection.root()).lookup(".mood-chart").tryQuery()).isPresent();
    }

    @Test
    void theFacilitatorEntersMoodsWithTheKeyboardDigits(FxRobot robot) {
        robot.clickOn("#moodStart");
        robot.clickOn("#moodScore1").type(javafx.scene.input.KeyCode.DIGIT5);
        robot.clickOn("#moodOwnWord").write("energised").type(javafx.scene.input.KeyCode.ENTER);
        robot.clickOn("#moodAdd");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.round().orElseThrow().entries()).singleElement().satisfies(e -> {
            assertThat(e.score()).isEqualTo(5);
            assertThat(e.ownWords()).containsExactly("energised");
        });
        assertThat(robot.lookup("#moodStatus").queryAs(Label.class).getText()).contains("one mood");
    }

    @Test
    void clickingTheChosenScoreAgainKeepsItAndTheSentenceStaysWithThisMood(FxRobot robot) {
        robot.clickOn("#moodStart");
        WaitForAsyncUtils.waitForFxEvents(); // the form appears on a later pulse (on a loaded machine it was not there yet)
        robot.clickOn("#moodScore4").clickOn("#moodScore4");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#moodScore4").queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                .as("a second click does not unchoose the score").isTrue();
        robot.clickOn("#moodSentence").write("Heute bin ich gespannt");
        robot.clickOn("#moodAdd");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.round().orElseThrow().entries()).singleElement().satisfies(e -> {
            assertThat(e.score()).isEqualTo(4);
            assertThat(e.sentence()).isEqualTo("Heute bin ich gespannt");
        });
        // The form is empty for the next person: nothing of this mood goes into the next one.
        assertThat(robot.lookup("#moodSentence").queryTextInputControl().getText()).isEmpty();
        assertThat(robot.lookup("#moodScore4").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isFalse();
    }
}
