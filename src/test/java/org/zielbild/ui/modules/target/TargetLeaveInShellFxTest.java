package org.zielbild.ui.modules.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.app.BuiltInModules;
import org.zielbild.config.AppDirs;
import org.zielbild.config.Settings;
import org.zielbild.config.SettingsStore;
import org.zielbild.domain.Language;
import org.zielbild.domain.day.StageRun;
import org.zielbild.session.InMemorySessionLibrary;
import org.zielbild.testing.DaySessions;
import org.zielbild.testing.ShellTestSupport;
import org.zielbild.ui.shell.AppContext;
import org.zielbild.ui.shell.Shell;

/**
 * In the real session window, with the built-in modules: the key rule (0101) on this stage (stray
 * typing begins a statement, Space stays with the focused control, the rating key leaves the timer
 * alone); leaving the running target-picture stage
 * while the picture has not carried asks for a reason, by the next-stage key and by End; staying
 * keeps the stage, a recorded reason lets it end.
 */
@ExtendWith(ApplicationExtension.class)
class TargetLeaveInShellFxTest {

    @TempDir
    static Path home;

    private Shell shell;

    @BeforeEach
    void openDayAtTheTargetPicture() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            AppDirs dirs = AppDirs.under(home);
            InMemorySessionLibrary library = new InMemorySessionLibrary(ShellTestSupport.CLOCK);
            AppContext ctx = new AppContext(dirs, new SettingsStore(dirs.settingsFile()), Settings.defaults(Language.EN),
                    s -> library, BuiltInModules.registry(), ShellTestSupport.CLOCK);
            shell = new Shell(ctx, stage);
            shell.start();
            try {
                shell.showSession(library.create(DaySessions.templateDay(Language.EN), Runnable::run));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            shell.sessionWindow().viewModel().goTo("s4");
            shell.sessionWindow().timers().startOrPause();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(live()).isEqualTo("s4");
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.asyncFx(() -> shell.shutdown());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String live() {
        return shell.sessionWindow().viewModel().model().session().dayLog().live().map(StageRun::stageId).orElse(null);
    }

    private void waitForDialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#unmetReason").tryQuery()
                .map(n -> n.getScene().getWindow().isShowing()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theNextStageKeyAndEndAskForAReasonAndStayingKeepsTheStage(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.PAGE_DOWN).release(KeyCode.CONTROL);
        waitForDialog(robot);
        robot.interact(() -> robot.lookup((Button b) -> "Stay on this stage".equals(b.getText())).queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(live()).isEqualTo("s4");
        assertThat(shell.sessionWindow().viewModel().currentStageIdProperty().get()).isEqualTo("s4");

        robot.clickOn("#stageTitle").type(KeyCode.END);
        waitForDialog(robot);
        TextArea reason = robot.lookup("#unmetReason").queryAs(TextArea.class);
        robot.clickOn(reason).write("We ran out of time.");
        robot.interact(() -> robot.lookup("#recordUnmet").queryButton().fire());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> live() == null);
        assertThat(shell.sessionWindow().viewModel().model().session().target().unmetReasonsOf("s4"))
                .extracting(u -> u.reason()).containsExactly("We ran out of time.");
    }

    @Test
    void strayTypingBeginsAStatementAndSpaceAndTheRatingKeyLeaveTheRoomAlone(FxRobot robot) {
        TextArea field = robot.lookup("#newStatementText").queryAs(TextArea.class);
        robot.interact(() -> robot.lookup("#statementList").query().requestFocus());
        robot.write("We");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.getText()).isEqualTo("We");
        assertThat(field.isFocused()).isTrue();

        // Space on a focused button is the button's: nothing is written, the timer keeps running.
        Button add = robot.lookup("#addStatement").queryButton();
        robot.interact(add::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.getText()).as("Space pressed the button, which added the statement").isEmpty();
        assertThat(shell.sessionWindow().viewModel().model().session().target().statements())
                .extracting(st -> st.text()).containsExactly("We");

        // Ctrl+G opens the rating; it is not the timer's reset (Ctrl+Shift+R).
        var dayBefore = shell.sessionWindow().viewModel().model().session().dayLog();
        robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#roundSetup").tryQuery()).as("the rating tab is open").isPresent();
        assertThat(shell.sessionWindow().viewModel().model().session().dayLog()).as("timer untouched").isEqualTo(dayBefore);
    }
}
