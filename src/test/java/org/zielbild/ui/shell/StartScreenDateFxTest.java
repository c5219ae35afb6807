package org.zielbild.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.domain.Language;
import org.zielbild.testing.ShellTestSupport;
import org.zielbild.ui.common.DateField;

/**
 * The start screen's date under the English UI: the German form and ISO are read, "morgen" and
 * 12/6/2026 stay in the field with a message below it (never an error dialog), and a session is not
 * created from a date typed wrong; once corrected it is, with that date.
 */
@ExtendWith(ApplicationExtension.class)
class StartScreenDateFxTest {

    @TempDir
    static Path home;

    @Start
    void start(Stage stage) {
        new Shell(ShellTestSupport.context(home, Language.EN), stage).start();
    }

    private static void type(FxRobot robot, String text) {
        TextField field = robot.lookup("#sessionDateText").queryAs(TextField.class);
        robot.interact(() -> field.clear());
        robot.clickOn(field).write(text).type(KeyCode.TAB);
    }

    @Test
    void germanAndIsoDatesAreReadAndOtherTextGetsAnInlineMessage(FxRobot robot) throws Exception {
        DateField date = robot.lookup("#sessionDate").queryAs(DateField.class);
        TextField text = robot.lookup("#sessionDateText").queryAs(TextField.class);
        type(robot, "6.12.2026");
        assertThat(date.getValue()).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(text.getText()).isEqualTo("6 Dec 2026");
        type(robot, "2026-12-07");
        assertThat(date.getValue()).isEqualTo(LocalDate.of(2026, 12, 7));
        type(robot, "morgen");
        assertThat(text.getText()).as("what was typed stays").isEqualTo("morgen");
        assertThat(date.getValue()).as("the last good date stays").isEqualTo(LocalDate.of(2026, 12, 7));
        Label problem = robot.lookup(".date-field-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("“morgen” is not a date").contains("6 Dec 2026").contains("2026-12-06");
        assertThat(robot.listWindows()).as("no dialog").hasSize(1);

        robot.clickOn("#sessionTitle").write("Dates");
        robot.clickOn("#createSession");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#agendaList").tryQuery()).as("not created from a wrong date").isEmpty();

        type(robot, "06.12.2026");
        assertThat(problem.isVisible()).isFalse();
        robot.clickOn("#createSession");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#agendaList").tryQuery().isPresent());
    }
}
