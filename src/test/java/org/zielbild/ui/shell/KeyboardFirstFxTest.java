package org.zielbild.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.domain.agenda.RemoveStage;
import org.zielbild.domain.roster.AddParticipant;
import org.zielbild.domain.roster.AddTeam;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.roster.Team;
import org.zielbild.domain.roster.TeamColor;
import org.zielbild.testing.RunTheDayFxTestBase;
import org.zielbild.ui.common.SessionModel;

/** The common flow without a mouse: what the facilitator reaches with keys alone. */
class KeyboardFirstFxTest extends RunTheDayFxTestBase {

    private SessionModel model() {
        return shell.sessionWindow().viewModel().model();
    }

    private void ctrlShift(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(key).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node focusOwner(FxRobot robot, String anyNodeId) {
        return robot.lookup(anyNodeId).query().getScene().getFocusOwner();
    }

    @Test
    void onABoardStageTypingOutsideTheNoteFieldGoesOnWritingTheNote(FxRobot robot) throws Exception {
        robot.interact(() -> shell.sessionWindow().viewModel().goTo("s3"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#captureText").tryQuery().isPresent());
        TextArea note = visibleNoteField(robot);
        robot.clickOn(note).write("d");
        assertThat(robot.lookup("#dayViewOverlay").tryQuery()).as("d is typed into the note").isEmpty();
        // The key rule (0101): after Esc the focus is on the board, and a typed D goes on with the note.
        robot.type(KeyCode.ESCAPE).type(KeyCode.D).type(KeyCode.B).type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dayViewOverlay").tryQuery()).isEmpty();
        assertThat(note.getText()).isEqualTo("ddb ");
        assertThat(note.isFocused()).isTrue();
        assertThat(shell.sessionWindow().projector().blackProperty().get()).isFalse();
        assertThat(shell.sessionWindow().projector().frozenProperty().get()).isFalse();
        assertThat(shell.sessionWindow().timers().dayLiveProperty().get()).isFalse();
        assertThat(shell.sessionWindow().timers().freeTimerProperty().get()).isNull();
        robot.push(KeyCode.CONTROL, KeyCode.D);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dayViewOverlay").tryQuery()).as("Ctrl+D opens the day view").isPresent();
    }

    @Test
    void closingTheShortcutOverlayPutsTheFocusBackWhereItWas(FxRobot robot) throws Exception {
        robot.interact(() -> shell.sessionWindow().viewModel().goTo("s3"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#captureText").tryQuery().isPresent());
        TextArea note = visibleNoteField(robot);
        robot.clickOn(note).type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#shortcutOverlay").tryQuery()).isPresent();
        assertThat(focusOwner(robot, "#agendaList")).isNotSameAs(note);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#shortcutOverlay").tryQuery()).isEmpty();
        assertThat(focusOwner(robot, "#agendaList")).isSameAs(note);
    }

    @Test
    void anEmptyAgendaShowsNoEmptyNotesAndPlansNoTime(FxRobot robot) {
        robot.interact(() -> {
            for (var stage : List.copyOf(model().session().agenda().stages())) {
                model().apply(new RemoveStage(stage.id()));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#facilitatorNotes").query().isVisible()).isFalse();
        assertThat(robot.lookup("Planned: 0:00 h").tryQuery()).as("the sidebar's total follows").isPresent();
    }

    @Test
    void escapeClosesTheAgendaEditorFromItsListAndKeepsWhatWasTyped(FxRobot robot) throws Exception {
        ctrlShift(robot, KeyCode.A);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#agendaEditorList").tryQuery().isPresent());
        robot.clickOn("#stageInstructionsField").press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL)
                .write(" Coffee first.");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#agendaEditorList").tryQuery()).as("Esc from the text closes").isEmpty();
        assertThat(model().session().agenda().stages().get(0).instructions()).endsWith(" Coffee first.");

        ctrlShift(robot, KeyCode.A);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#agendaEditorList").tryQuery().isPresent());
        robot.clickOn("#agendaEditorList").type(KeyCode.DOWN).type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#agendaEditorList").tryQuery()).as("Esc from the list closes").isEmpty();
    }

    @Test
    void deleteAddAndNameAStageWithoutTheMouse(FxRobot robot) throws Exception {
        ctrlShift(robot, KeyCode.A);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#agendaEditorList").tryQuery().isPresent());
        robot.clickOn("#agendaEditorList").type(KeyCode.HOME).type(KeyCode.DELETE).type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model().session().agenda().stages()).as("Del twice removes two stages").hasSize(5);
        @SuppressWarnings("unchecked")
        ListView<org.zielbild.domain.agenda.Stage> list = robot.lookup("#agendaEditorList").queryAs(ListView.class);
        assertThat(list.getSelectionModel().getSelectedItem().title()).isEqualTo("Customer perspective");
    }

    @Test
    void aTeamIsChosenForAPersonWithArrowsF2AndEnter(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model().apply(AddTeam.atEnd(new Team("t1", "Blau", TeamColor.forIndex(0))));
            model().apply(AddParticipant.atEnd(new Participant("p1", "Anna", null)));
        });
        ctrlShift(robot, KeyCode.P);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#participantTable").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<Participant> table = robot.lookup("#participantTable").queryAs(TableView.class);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(0, table.getColumns().get(0));
            table.getFocusModel().focus(0, table.getColumns().get(0));
        });
        robot.type(KeyCode.RIGHT).type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model().session().roster().participants().get(0).teamId()).isEqualTo("t1");
        assertThat(toolWindows(robot)).as("Enter in the list does not close the window").isNotEmpty();
    }

    /** The note field of the board on screen (every question tab has one). */
    private static TextArea visibleNoteField(FxRobot robot) {
        return robot.lookup("#captureText").queryAllAs(TextArea.class).stream()
                .filter(n -> n.getScene() != null && n.isVisible() && n.localToScreen(0, 0) != null
                        && n.getLayoutBounds().getWidth() > 0 && isShown(n))
                .findFirst().orElseThrow();
    }

    private static boolean isShown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private List<Window> toolWindows(FxRobot robot) {
        return robot.listWindows().stream().filter(w -> w instanceof Stage s && s.getOwner() != null && s.isShowing())
                .toList();
    }

    static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
