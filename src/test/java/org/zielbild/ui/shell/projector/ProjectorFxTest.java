package org.zielbild.ui.shell.projector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.testing.RunTheDayFxSupport;
import org.zielbild.testing.RunTheDayFxTestBase;
import org.zielbild.ui.shell.session.SessionWindow;

/** The projector window in a real session window, driven by the keyboard. */
class ProjectorFxTest extends RunTheDayFxTestBase {


    private SessionWindow window() {
        return shell.sessionWindow();
    }

    private ProjectorWindow projector() {
        return window().projector().window();
    }

    private void focusLaptop(FxRobot robot) {
        robot.clickOn("#stageTitle");
    }

    private void openProjector(FxRobot robot) {
        focusLaptop(robot);
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(projector()).isNotNull();
        focusLaptop(robot);
    }

    /** Waits until the projector drew what is current (its redraw runs on the next pulse). */
    private void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean shown(Node n) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (!x.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private List<String> projectorTexts() {
        return RunTheDayFxSupport.texts(projector().scene().getRoot());
    }

    @Test
    void f5OpensTheProjectorWithTheStageTitleAndF5ClosesIt(FxRobot robot) {
        openProjector(robot);
        assertThat(projector().stage().isShowing()).isTrue();
        assertThat(projectorTexts()).contains("Welcome", "1 / 7");
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window().projector().window()).isNull();
        assertThat(window().projector().openProperty().get()).isFalse();
    }

    @Test
    void blackScreenCoversTheWallAndTheLaptopSaysSo(FxRobot robot) {
        openProjector(robot);
        Node black = projector().scene().lookup("#projectorBlack");
        assertThat(black.isVisible()).isFalse();
        robot.type(KeyCode.B);
        settle();
        assertThat(black.isVisible()).isTrue();
        assertThat(robot.lookup("#projectorIndicator").queryAs(Label.class).getText()).isEqualTo("Projector black");
        robot.type(KeyCode.B);
        settle();
        assertThat(black.isVisible()).isFalse();
        assertThat(robot.lookup("#projectorIndicator").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void movingToTheNextStageShowsItOnTheWall(FxRobot robot) {
        openProjector(robot);
        robot.press(KeyCode.CONTROL, KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN, KeyCode.CONTROL);
        settle();
        assertThat(window().viewModel().currentStageIdProperty().get()).isEqualTo("s2");
        assertThat(projectorTexts()).contains("Emotional reflection", "2 / 7")
                .doesNotContain("Welcome");
    }

    @Test
    void facilitatorNotesNeverReachTheProjector(FxRobot robot) {
        openProjector(robot);
        List<org.zielbild.domain.agenda.Stage> stages = window().viewModel().stages();
        for (org.zielbild.domain.agenda.Stage stage : stages) {
            WaitForAsyncUtils.asyncFx(() -> window().viewModel().select(stage.id()));
            settle();
            List<String> texts = projectorTexts();
            assertThat(texts).as("the wall shows %s", stage.title()).contains(stage.title());
            assertThat(robot.from(projector().scene().getRoot())
                    .lookup((Node n) -> n instanceof ButtonBase || n instanceof MenuBar || n instanceof TextInputControl)
                    .queryAll()).as("no controls on the wall").isEmpty();
            for (org.zielbild.domain.agenda.Stage any : stages) {
                String notes = any.instructions();
                assertThat(texts).as("notes of %s on the wall at %s", any.title(), stage.title())
                        .noneMatch(t -> t.contains(notes) || notes.contains(t) && t.length() > 20);
            }
        }
    }

    @Test
    void namesAndSentencesNeverReachTheProjectorEvenFromANamedRound(FxRobot robot) {
        var model = window().viewModel().model();
        String round = "round-qa";
        robot.interact(() -> {
            model.apply(org.zielbild.domain.roster.AddParticipant.atEnd(
                    new org.zielbild.domain.roster.Participant("p-zq", "Zacharias Quell", null)));
            model.apply(org.zielbild.domain.roster.AddParticipant.atEnd(
                    new org.zielbild.domain.roster.Participant("p-yb", "Yvonne Brandt", null)));
            // The facilitator chose a named round: names are stored, but the wall shows only the totals.
            model.apply(new org.zielbild.domain.mood.AddMoodRound(org.zielbild.domain.mood.MoodRound.start(round, "s2",
                    org.zielbild.domain.mood.MoodKind.CHECK_IN, false, org.zielbild.testing.DaySessions.NINE), -1));
            model.apply(new org.zielbild.domain.mood.AddMoodEntry(round, new org.zielbild.domain.mood.MoodEntry("e1", "p-zq", 2,
                    List.of(), List.of("überrollt"), "Zacharias findet die Reorganisation unfair")));
            model.apply(new org.zielbild.domain.mood.AddMoodEntry(round, new org.zielbild.domain.mood.MoodEntry("e2", "p-yb", 4,
                    List.of(), List.of(), "Yvonne freut sich auf heute")));
            model.apply(new org.zielbild.domain.mood.RevealMoodRound(round, true));
        });
        openProjector(robot);
        for (org.zielbild.domain.agenda.Stage stage : window().viewModel().stages()) {
            WaitForAsyncUtils.asyncFx(() -> window().viewModel().select(stage.id()));
            settle();
            assertThat(String.join("\n", projectorTexts())).as("the wall at %s", stage.title())
                    .doesNotContain("Zacharias", "Quell", "Yvonne", "Brandt", "Reorganisation", "freut sich");
        }
        WaitForAsyncUtils.asyncFx(() -> window().viewModel().select("s2"));
        settle();
        assertThat(String.join("\n", projectorTexts())).as("the revealed round is on the wall, as totals")
                .contains("überrollt");
    }

    @Test
    void everyTextOnTheWallIsAtLeast28PixelsAt1080p(FxRobot robot) {
        openProjector(robot);
        for (String id : List.of("s1", "s3")) {
            WaitForAsyncUtils.asyncFx(() -> window().viewModel().select(id));
            settle();
            List<Text> texts = robot.from(projector().scene().getRoot()).lookup((Node n) -> n instanceof Text).queryAllAs(Text.class)
                    .stream().filter(t -> !t.getText().isBlank() && t.isVisible()).toList();
            assertThat(texts).isNotEmpty();
            // Sizes are design pixels of the 1920x1080 surface, i.e. screen pixels at 1080p.
            assertThat(texts).allSatisfy(t -> assertThat(t.getFont().getSize()).as(t.getText()).isGreaterThanOrEqualTo(28));
        }
    }

    @Test
    void freezeKeepsThePictureWhileTheFacilitatorMovesOn(FxRobot robot) {
        openProjector(robot);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        settle();
        ImageView frozen = robot.from(projector().scene().getRoot()).lookup((Node n) -> n instanceof ImageView)
                .queryAs(ImageView.class);
        assertThat(frozen.isVisible()).isTrue();
        assertThat(frozen.getImage()).isNotNull();
        assertThat(robot.lookup("#projectorIndicator").queryAs(Label.class).getText()).isEqualTo("Projector frozen");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        settle();
        assertThat(frozen.isVisible()).isFalse();
    }

    @Test
    void ctrlSpaceStartsTheStageAndTheWallShowsItsTimer(FxRobot robot) {
        openProjector(robot);
        assertThat(shown(projector().scene().lookup("#projectorClock"))).isFalse();
        robot.type(KeyCode.SPACE);
        settle();
        assertThat(window().timers().dayLiveProperty().get()).as("Space alone is a character (0101)").isFalse();
        robot.push(KeyCode.CONTROL, KeyCode.SPACE);
        settle();
        assertThat(window().timers().dayLiveProperty().get()).isTrue();
        assertThat(robot.lookup("#stageTimerCaption").queryAs(Label.class).getText()).isEqualTo("Running");
        Node clock = projector().scene().lookup("#projectorClock");
        assertThat(shown(clock)).isTrue();
        assertThat(((Label) clock).getText()).isEqualTo("15:00");
    }

    @Test
    void typingTheLetterBInATextFieldDoesNotBlackTheWall(FxRobot robot) {
        openProjector(robot);
        TextField field = new TextField();
        field.setId("someField");
        field.setMaxWidth(200);
        // Top left: with one screen the projector window covers the middle of the laptop's.
        StackPane.setAlignment(field, Pos.TOP_LEFT);
        WaitForAsyncUtils.asyncFx(() -> ((StackPane) window().root()).getChildren().add(field));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#someField").write("bf b").type(KeyCode.SPACE);
        settle();
        assertThat(field.getText()).isEqualTo("bf b ");
        assertThat(window().projector().blackProperty().get()).isFalse();
        assertThat(window().projector().frozenProperty().get()).isFalse();
        assertThat(window().timers().dayLiveProperty().get()).isFalse();
        // Keys with Ctrl still work from inside the field.
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        settle();
        assertThat(window().projector().blackProperty().get()).isTrue();
    }

    @Test
    void closingTheSessionClosesTheProjector(FxRobot robot) {
        openProjector(robot);
        Stage wall = projector().stage();
        WaitForAsyncUtils.asyncFx(() -> shell.closeSession());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wall.isShowing()).isFalse();
    }
}
