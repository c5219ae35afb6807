package org.zielbild.ui.shell.projector;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.domain.Language;
import org.zielbild.ui.shell.RunTheDayFxSupport;
import org.zielbild.ui.shell.Shell;

/** Bursts of changes cause one redraw of the projector, not hundreds. */
@ExtendWith(ApplicationExtension.class)
class ProjectorBurstFxTest {

    @TempDir
    static Path home;

    private Shell shell;

    @Start
    void start(Stage stage) throws Exception {
        shell = RunTheDayFxSupport.openDay(stage, home, Language.EN);
    }

    @AfterEach
    void closeSession() {
        WaitForAsyncUtils.asyncFx(() -> shell.shutdown());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void fiveHundredChangesAreOneRedraw(FxRobot robot) throws Exception {
        robot.clickOn("#stageTitle").type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        ProjectorWindow projector = shell.sessionWindow().projector().window();
        ProjectorBurst.Result r = ProjectorBurst.run(shell.sessionWindow().viewModel().model(), projector, "s1", 500,
                "Welcome");
        assertThat(r.redraws()).isEqualTo(1);
        assertThat(r.title()).isEqualTo("Welcome 499");
    }
}
