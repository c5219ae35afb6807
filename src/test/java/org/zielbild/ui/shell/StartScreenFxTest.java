package org.zielbild.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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

@ExtendWith(ApplicationExtension.class)
class StartScreenFxTest {

    @TempDir
    static Path home;

    private Shell shell;

    @Start
    void start(Stage stage) {
        shell = new Shell(ShellTestSupport.context(home, Language.EN), stage);
        shell.start();
    }

    @Test
    void creatingASessionShowsTheSevenStagesOfTheTemplate(FxRobot robot) {
        robot.clickOn("#sessionTitle").write("Target picture 2027");
        robot.clickOn("#createSession");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> agenda = robot.lookup("#agendaList").queryAs(ListView.class);
        assertThat(agenda.getItems()).hasSize(7);
        assertThat(robot.lookup("#stageTitle").queryAs(Label.class).getText()).isEqualTo("Welcome");
    }
}
