package org.zielbild.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
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
import org.zielbild.domain.roster.AddParticipant;
import org.zielbild.domain.roster.Participant;
import org.zielbild.session.InMemorySessionLibrary;
import org.zielbild.session.OpenSession;
import org.zielbild.testing.Sessions;
import org.zielbild.testing.ShellTestSupport;

@ExtendWith(ApplicationExtension.class)
class SessionWindowFxTest {

    @TempDir
    static Path home;

    private Shell shell;
    private OpenSession open;

    @Start
    void start(Stage stage) {
        InMemorySessionLibrary library = new InMemorySessionLibrary(ShellTestSupport.CLOCK);
        shell = new Shell(ShellTestSupport.context(home, Language.EN, library), stage);
        shell.start();
        open = library.create(Sessions.templateDay(Language.EN), Runnable::run);
    }

    @BeforeEach
    void showSession(FxRobot robot) {
        robot.interact(() -> shell.showSession(open));
    }

    private String stageTitle(FxRobot robot) {
        return robot.lookup("#stageTitle").queryAs(Label.class).getText();
    }

    @Test
    void theKeyboardWalksThroughTheDay(FxRobot robot) {
        assertThat(stageTitle(robot)).isEqualTo("Welcome");
        robot.press(KeyCode.CONTROL, KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN, KeyCode.CONTROL);
        assertThat(stageTitle(robot)).isEqualTo("Emotional reflection");
        robot.press(KeyCode.CONTROL, KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN, KeyCode.CONTROL);
        assertThat(stageTitle(robot)).isEqualTo("Shared target picture");
        robot.press(KeyCode.CONTROL, KeyCode.PAGE_UP).release(KeyCode.PAGE_UP, KeyCode.CONTROL);
        assertThat(stageTitle(robot)).isEqualTo("Customer perspective");
    }

    @Test
    void clickingAStageInTheSidebarShowsItAndAMissingModuleSaysSo(FxRobot robot) {
        robot.clickOn("Coach pitch and vote");
        assertThat(stageTitle(robot)).isEqualTo("Coach pitch and vote");
        assertThat(robot.lookup("#notAvailable").tryQuery()).isPresent();
        assertThat(robot.lookup("Coach pitch and vote: this module is not available yet").tryQuery()).isPresent();
        robot.clickOn("Welcome");
        assertThat(robot.lookup("#notAvailable").tryQuery()).isEmpty();
    }

    @Test
    void undoAndRedoWorkFromTheKeyboard(FxRobot robot) throws Exception {
        robot.interact(() -> open.service().apply(AddParticipant.atEnd(new Participant("p1", "Anna", null))));
        Label counts = robot.lookup("#sessionCounts").queryAs(Label.class);
        assertThat(counts.getText()).contains("1 participant ·");
        robot.clickOn("#agendaList");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> counts.getText().contains("0 participants"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> counts.getText().contains("1 participant ·"));
    }
}
