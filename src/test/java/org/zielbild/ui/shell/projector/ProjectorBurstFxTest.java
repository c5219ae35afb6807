package org.zielbild.ui.shell.projector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.testing.RunTheDayFxTestBase;

/** Bursts of changes cause one redraw of the projector, not hundreds. */
class ProjectorBurstFxTest extends RunTheDayFxTestBase {


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
