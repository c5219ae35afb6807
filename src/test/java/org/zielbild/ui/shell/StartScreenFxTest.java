package org.zielbild.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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

@ExtendWith(ApplicationExtension.class)
class StartScreenFxTest {

    @TempDir
    static Path home;

    @Start
    void start(Stage stage) {
        new Shell(ShellTestSupport.context(home, Language.EN), stage).start();
    }

    @Test
    void creatingASessionShowsTheSevenStagesOfTheTemplate(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#createSession").queryAs(Button.class).isDisabled()).as("no title yet").isTrue();
        robot.clickOn("#sessionTitle").write("Target picture 2027");
        robot.clickOn("#createSession");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#agendaList").tryQuery().isPresent());
        ListView<?> agenda = robot.lookup("#agendaList").queryAs(ListView.class);
        assertThat(agenda.getItems()).hasSize(7);
        assertThat(robot.lookup("#stageTitle").queryAs(Label.class).getText()).isEqualTo("Welcome");
        assertThat(robot.listWindows()).anyMatch(w -> w instanceof Stage s
                && s.getTitle().equals("Target picture 2027 – Zielbild Studio"));
    }
}
