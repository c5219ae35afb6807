package org.zielbild.ui.modules.target;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.domain.Language;
import org.zielbild.domain.target.RatingBallot;
import org.zielbild.domain.target.RatingMode;
import org.zielbild.domain.target.RatingRound;
import org.zielbild.domain.target.SourceLink;
import org.zielbild.domain.target.Statement;
import org.zielbild.domain.target.TargetResults;
import org.zielbild.ui.spi.StageExit;

/**
 * The target-picture stage driven like a facilitator does: three statements from clusters (keyboard
 * first), a show of hands with typed counts, a round of private ballots on the laptop, the reveal, a
 * statement reworded in place and voted again, and leaving the stage with the picture's gate unmet
 * (a reason is required).
 */
@ExtendWith(ApplicationExtension.class)
class TargetStageFxTest {

    @TempDir
    static Path dir;

    private TargetModelFixture f;
    private TargetView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        f = new TargetModelFixture(dir.resolve("attachments-" + System.nanoTime()), Language.EN);
        view = new TargetView(f.viewModel(), f.context);
        stage.setScene(new Scene((Parent) view.facilitatorView(), 1280, 800));
        stage.show();
    }

    @BeforeEach
    void settle() {
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TargetViewModel vm() {
        return view.viewModel();
    }

    private static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void ctrlShift(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(key).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Ticks a source in the picker by its text, the way a click on its box does. */
    private void tick(FxRobot robot, String text) {
        robot.interact(() -> {
            var list = view.sourcePicker().list();
            list.getItems().stream().filter(o -> o.text().equals(text)).findFirst()
                    .ifPresent(o -> list.getCheckModel().check(o));
        });
    }

    /** Makes a statement from one cluster: tick it, Ctrl+Shift+K drafts, type the wording, Ctrl+Enter adds. */
    private void statementFrom(FxRobot robot, String cluster, String wording) {
        tick(robot, cluster);
        ctrlShift(robot, KeyCode.K);
        TextArea field = robot.lookup("#newStatementText").queryAs(TextArea.class);
        assertThat(field.getText()).isEqualTo(cluster);
        assertThat(field.isFocused()).isTrue();
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(wording);
        ctrl(robot, KeyCode.ENTER);
    }

    private void buildThree(FxRobot robot) {
        statementFrom(robot, "Speed", "We answer every customer within a day.");
        statementFrom(robot, "Team spirit", "Every Friday we celebrate a small win together.");
        statementFrom(robot, "Old tools", "Our tools start in seconds.");
    }

    @Test
    void threeStatementsFromClustersKeyboardFirstWithTheirLinks(FxRobot robot) {
        buildThree(robot);
        List<Statement> st = vm().statements();
        assertThat(st).extracting(Statement::text).containsExactly("We answer every customer within a day.",
                "Every Friday we celebrate a small win together.", "Our tools start in seconds.");
        assertThat(st).allSatisfy(s -> assertThat(s.sources()).singleElement()
                .extracting(SourceLink::kind).isEqualTo(SourceLink.Kind.CLUSTER));
        assertThat(st.get(0).sources().get(0).dots()).as("the revealed vote's dots travel with the link").isEqualTo(2);
        assertThat(robot.lookup("#newStatementText").queryAs(TextArea.class).getText()).isEmpty();
        // Reorder by keys on the list: the third moves to the top.
        robot.interact(() -> view.statementsPane().list().getSelectionModel().select(2));
        robot.clickOn("#statementList");
        robot.interact(() -> view.statementsPane().list().getSelectionModel().select(2));
        robot.press(KeyCode.ALT).type(KeyCode.UP).type(KeyCode.UP).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm().statements().get(0).text()).isEqualTo("Our tools start in seconds.");
        robot.interact(() -> f.model.undo());
        robot.interact(() -> f.model.undo());
        assertThat(vm().statements().get(2).text()).isEqualTo("Our tools start in seconds.");
        // A statement of 10,000 characters is refused with the reason, and the text stays in the field.
        robot.interact(() -> robot.lookup("#newStatementText").queryAs(TextArea.class).setText("x".repeat(10_000)));
        robot.clickOn("#addStatement");
        assertThat(robot.lookup("#targetProblem").queryAs(Label.class).getText()).contains("10,000", "600");
        assertThat(robot.lookup("#newStatementText").queryAs(TextArea.class).getLength()).isEqualTo(10_000);
        assertThat(robot.lookup("#newStatementCount").queryAs(Label.class).getText()).isEqualTo("10,000 / 600");
        assertThat(vm().statements()).hasSize(3);
    }

    @Test
    void showOfHandsThenPrivateBallotsThenReworkAndReVote(FxRobot robot) {
        buildThree(robot);
        // Show of hands, everything rated, four present (the roster's attendance).
        ctrl(robot, KeyCode.G); // opens the rating tab
        assertThat(robot.lookup("#roundSummary").queryAs(Label.class).getText())
                .as("base and threshold announced before the round").contains("more than half of those present (4)", "3 yes");
        ctrl(robot, KeyCode.G); // starts
        RatingRound hands = vm().rating().openRoundProperty().get();
        assertThat(hands.mode()).isEqualTo(RatingMode.SHOW_OF_HANDS);
        assertThat(hands.items()).hasSize(4);
        // Bad input: not a number, then more hands than people present. Nothing typed is lost.
        robot.clickOn("#count-0-0").write("abc").type(KeyCode.ENTER);
        assertThat(robot.lookup("#targetProblem").queryAs(Label.class).getText()).contains("“abc” is not a number");
        assertThat(robot.lookup("#count-0-0").queryAs(TextField.class).getText()).isEqualTo("abc");
        robot.doubleClickOn("#count-0-0").write("9").type(KeyCode.ENTER);
        assertThat(robot.lookup("#targetProblem").queryAs(Label.class).getText())
                .contains("9 yes and 0 no are more than the 4 present");
        int[][] counts = {{4, 0, 3, 1}, {3, 1, 3, 0}, {1, 3, 1, 2}, {2, 2, 1, 3}};
        for (int i = 0; i < counts.length; i++) {
            for (int c = 0; c < 4; c++) {
                TextField field = robot.lookup("#count-" + i + "-" + c).queryAs(TextField.class);
                robot.interact(() -> field.clear());
                robot.clickOn(field).write(Integer.toString(counts[i][c]));
            }
            robot.type(KeyCode.TAB);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#targetProblem").queryAs(Label.class).getText()).isEmpty();
        ctrl(robot, KeyCode.R);
        assertThat(vm().feed().wall().state()).isEqualTo(TargetWall.State.RESULTS);
        List<Statement> st = vm().statements();
        assertThat(st).extracting(s -> TargetResults.carries(vm().picture(), s.id())).containsExactly(true, true, false);
        assertThat(st.get(2).rework()).isTrue();
        assertThat(TargetResults.pictureCarries(vm().picture())).isFalse();
        assertThat(robot.lookup("#roundResults").queryAs(javafx.scene.layout.VBox.class).getChildren().toString())
                .isNotEmpty();

        // Private ballots, anonymous: the laptop goes round, four people, one after another.
        // The settings sit below the results (scrolled away): chosen, then started with Ctrl+G.
        robot.interact(() -> robot.lookup("#modeBallots").queryAs(javafx.scene.control.RadioButton.class).fire());
        ctrl(robot, KeyCode.G);
        RatingRound ballots = vm().rating().openRoundProperty().get();
        assertThat(ballots.mode()).isEqualTo(RatingMode.PRIVATE_BALLOTS);
        assertThat(ballots.items()).as("what has not carried: the third statement and the whole picture").hasSize(2);
        ctrlShift(robot, KeyCode.B);
        String[][] voters = {{"Y", "Y", "Y", "N"}, {"Y", "Y", "N", "N"}, {"Y", "A", "Y", "Y"}, {"N", "Y", "N", "Y"}};
        for (String[] answers : voters) {
            robot.clickOn("#ballotStart");
            BallotForm form = waitForForm();
            assertThat(robot.lookup((ToggleButton b) -> b.getId() != null && b.getId().startsWith("answer-") && b.isSelected())
                    .queryAll()).as("a fresh form: nothing of the previous ballot").isEmpty();
            for (String a : answers) {
                robot.type(KeyCode.valueOf(a));
            }
            assertThat(form.complete().get()).as("answered by keys: %s", String.join(" ", answers)).isTrue();
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#ballotForm").tryQuery()).as("the hand-over shows no ballot").isEmpty();
        }
        assertThat(robot.lookup("#ballotCount").queryAs(Label.class).getText()).isEqualTo("4 of 4 have voted");
        assertThat(vm().picture().openRound().orElseThrow().ballots()).hasSize(4)
                .extracting(RatingBallot::participantId).containsOnlyNulls();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        ctrl(robot, KeyCode.R);
        assertThat(TargetResults.carries(vm().picture(), st.get(2).id())).as("3 of 4 yes for both").isTrue();
        assertThat(TargetResults.pictureCarries(vm().picture())).as("attractive: 2 of 4").isFalse();

        // Rework the third statement in place (F2, Ctrl+Enter) and vote again by show of hands.
        robot.interact(() -> view.statementsPane().list().getSelectionModel().select(2));
        robot.interact(() -> view.statementsPane().list().requestFocus());
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        TextArea editor = robot.lookup("#statementEditor").queryAs(TextArea.class);
        robot.interact(() -> editor.setText("Our tools start in seconds; one login for everything."));
        robot.clickOn(editor);
        ctrl(robot, KeyCode.ENTER);
        Statement reworded = vm().picture().requireStatement(st.get(2).id());
        assertThat(reworded.text()).isEqualTo("Our tools start in seconds; one login for everything.");
        assertThat(TargetResults.rewordedSince(vm().picture(), reworded)).isTrue();
        robot.interact(() -> robot.lookup("#modeHands").queryAs(javafx.scene.control.RadioButton.class).fire());
        ctrl(robot, KeyCode.G);
        RatingRound again = vm().rating().openRoundProperty().get();
        assertThat(again.items()).extracting(i -> i.wording()).contains("Our tools start in seconds; one login for everything.");
        for (int i = 0; i < again.items().size(); i++) {
            int[] c = i == 0 ? new int[] {4, 0, 4, 0} : new int[] {2, 2, 2, 2};
            for (int q = 0; q < 4; q++) {
                robot.clickOn("#count-" + i + "-" + q).write(Integer.toString(c[q]));
            }
            robot.type(KeyCode.TAB);
        }
        ctrl(robot, KeyCode.R);
        assertThat(TargetResults.history(vm().picture(), reworded.id())).extracting(r -> r.item().wording())
                .containsExactly("Our tools start in seconds.", "Our tools start in seconds.",
                        "Our tools start in seconds; one login for everything.");
        assertThat(TargetResults.pictureCarries(vm().picture())).as("2 of 4 is half: no majority").isFalse();
    }

    private BallotForm waitForForm() {
        AtomicReference<BallotForm> form = new AtomicReference<>();
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
                Stage ballots = (Stage) javafx.stage.Window.getWindows().stream()
                        .filter(w -> w instanceof Stage s && s.getTitle() != null && s.getTitle().equals("Private ballots"))
                        .findFirst().orElse(null);
                if (ballots == null || ballots.getScene().lookup("#ballotForm") == null) {
                    return false;
                }
                form.set(new BallotFormProbe(ballots).form());
                return form.get() != null;
            });
        } catch (Exception e) {
            throw new AssertionError("no ballot form", e);
        }
        return form.get();
    }

    @Test
    void leavingWhileThePictureHasNotCarriedNeedsARecordedReason(FxRobot robot) throws Exception {
        buildThree(robot);
        StageExit end = new StageExit(StageExit.Way.END, f.stageId, null, true);
        assertThat(view.mayLeave(new StageExit(StageExit.Way.NEXT, f.stageId, "x", false)))
                .as("a stage only on show is left freely").isTrue();
        // Stay: the stage holds and nothing is recorded.
        AtomicReference<Boolean> answer = new AtomicReference<>();
        Platform.runLater(() -> answer.set(view.mayLeave(end)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#unmetReason").tryQuery().isPresent());
        assertThat(robot.lookup("#unmetState").queryAs(Label.class).getText()).contains("not been rated");
        assertThat(robot.lookup("#recordUnmet").queryAs(Button.class).isDisabled()).as("a reason is required").isTrue();
        robot.interact(() -> robot.lookup((Button b) -> "Stay on this stage".equals(b.getText())).queryButton().fire());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> answer.get() != null);
        assertThat(answer.get()).isFalse();
        assertThat(vm().picture().unmetReasons()).isEmpty();
        // With a reason the stage may end; the reason is recorded (and undoable like every change).
        answer.set(null);
        Platform.runLater(() -> answer.set(view.mayLeave(end)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#unmetReason").tryQuery().isPresent());
        TextArea reason = robot.lookup("#unmetReason").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> reason.getScene().getWindow().isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(reason);
        robot.write("Out of time; we vote on the whole picture tomorrow at 9.");
        assertThat(reason.getText()).startsWith("Out of time");
        robot.interact(() -> robot.lookup("#recordUnmet").queryButton().fire());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> answer.get() != null);
        assertThat(answer.get()).isTrue();
        assertThat(vm().picture().unmetReasonsOf(f.stageId)).singleElement()
                .extracting(u -> u.reason()).isEqualTo("Out of time; we vote on the whole picture tomorrow at 9.");
        assertThat(view.mayLeave(end)).as("asked once per result").isTrue();
    }
}
