package org.zielbild.ui.shell.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.testing.RunTheDayFxSupport;
import org.zielbild.testing.RunTheDayFxTestBase;

/** The run bar and the timer keys in the session window. */
class RunBarFxTest extends RunTheDayFxTestBase {


    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void timerKeysStartExtendAndEndTheStage(FxRobot robot) {
        robot.clickOn("#stageTitle");
        assertThat(text(robot, "#stageClock")).isEqualTo("15:00");
        assertThat(text(robot, "#stageTimerCaption")).isEqualTo("Ready · Ctrl+Space");
        // The key rule (0101): the timer answers to Ctrl keys; the characters alone do nothing.
        robot.type(KeyCode.SPACE).write("+5");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shell.sessionWindow().timers().dayLiveProperty().get()).isFalse();
        assertThat(text(robot, "#stageClock")).isEqualTo("15:00");
        robot.push(KeyCode.CONTROL, KeyCode.SPACE).push(KeyCode.CONTROL, KeyCode.UP)
                .push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#stageClock")).isEqualTo("21:00");
        robot.push(KeyCode.CONTROL, KeyCode.DOWN).push(KeyCode.CONTROL, KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#stageClock")).isEqualTo("20:00");
        assertThat(text(robot, "#stageTimerCaption")).isEqualTo("Paused · Ctrl+Space");
        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shell.sessionWindow().timers().dayLiveProperty().get()).isFalse();
    }

    @Test
    void ctrlTStartsAFreeTimerFromTheDialogAndStopsIt(FxRobot robot) throws Exception {
        robot.clickOn("#stageTitle").type(KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#freeTimerMinutes").tryQuery()).as("a typed T opens nothing").isEmpty();
        robot.push(KeyCode.CONTROL, KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Spinner<?> minutes = robot.lookup("#freeTimerMinutes").queryAs(javafx.scene.control.Spinner.class);
        // The dialog puts the caret into the minutes, with the old value selected: typing replaces it.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> minutes.getEditor().isFocused());
        // Headless, the new dialog window does not get the keyboard by itself: click into it.
        robot.doubleClickOn(minutes.getEditor()).write("3");
        robot.clickOn("#freeTimerLabel").write("Silent writing").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#freeTitle")).isEqualTo("Silent writing");
        assertThat(text(robot, "#freeClock")).isEqualTo("03:00");
        TimerDisplay room = shell.sessionWindow().timers().roomTimerProperty().get();
        assertThat(room.kind()).isEqualTo(TimerDisplay.Kind.FREE);
        robot.clickOn("#stageTitle").push(KeyCode.CONTROL, KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shell.sessionWindow().timers().freeTimerProperty().get()).isNull();
    }

    @Test
    void dOpensTheDayView(FxRobot robot) {
        robot.clickOn("#stageTitle").push(KeyCode.CONTROL, KeyCode.SPACE).type(KeyCode.D);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dayView").tryQuery()).isPresent();
        assertThat(RunTheDayFxSupport.texts(robot.lookup("#dayTable").query())).contains("Welcome", "running", "15 min");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dayView").tryQuery()).isEmpty();
    }
}
