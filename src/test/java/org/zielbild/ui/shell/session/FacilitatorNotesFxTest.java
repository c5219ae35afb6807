package org.zielbild.ui.shell.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.testing.RunTheDayFxSupport;
import org.zielbild.testing.RunTheDayFxTestBase;

/**
 * The facilitator notes fold away from the keyboard (Ctrl+Shift+N, also while typing a note, or
 * Space on their title), stay folded from stage to stage, and never reach the projector.
 */
class FacilitatorNotesFxTest extends RunTheDayFxTestBase {

    private TitledPane notes(FxRobot robot) {
        return robot.lookup("#facilitatorNotes").queryAs(TitledPane.class);
    }

    private void ctrlShiftN(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.N).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theShortcutFoldsThemAwayEvenWhileTypingAndTheyStayFoldedOnTheNextStage(FxRobot robot) throws Exception {
        robot.interact(() -> shell.sessionWindow().viewModel().goTo("s3"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#captureText").tryQuery().isPresent());
        TextArea field = robot.lookup("#captureText").queryAllAs(TextArea.class).stream()
                .filter(n -> n.getScene() != null && n.localToScreen(0, 0) != null && n.getLayoutBounds().getWidth() > 0)
                .filter(FacilitatorNotesFxTest::shown).findFirst().orElseThrow();
        robot.clickOn(field).write("note");
        assertThat(notes(robot).isExpanded()).isTrue();

        ctrlShiftN(robot);
        assertThat(notes(robot).isExpanded()).as("folded").isFalse();
        assertThat(field.getText()).as("nothing typed into the note").isEqualTo("note");

        robot.interact(() -> shell.sessionWindow().viewModel().next());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notes(robot).isExpanded()).as("still folded on the next stage").isFalse();

        ctrlShiftN(robot);
        assertThat(notes(robot).isExpanded()).as("open again").isTrue();
    }

    @Test
    void spaceOnTheirTitleFoldsThemAndDoesNotStartTheTimer(FxRobot robot) {
        robot.interact(() -> notes(robot).requestFocus());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notes(robot).isExpanded()).isFalse();
        assertThat(shell.sessionWindow().timers().dayLiveProperty().get()).as("Space stayed with the notes").isFalse();
        assertThat(notes(robot).getTooltip().getText()).contains("Ctrl+Shift+N");
    }

    @Test
    void theProjectorShowsThemNeitherOpenNorFolded(FxRobot robot) throws Exception {
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shell.sessionWindow().projector().window() != null);
        String instructions = shell.sessionWindow().viewModel().currentStage().orElseThrow().instructions();
        assertThat(instructions).isNotBlank();
        for (int i = 0; i < 2; i++) {
            ctrlShiftN(robot);
            robot.sleep(300);
            Node wall = shell.sessionWindow().projector().window().scene().getRoot();
            assertThat(RunTheDayFxSupport.texts(wall)).noneMatch(t -> t.contains(instructions));
        }
        robot.type(KeyCode.F5);
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
