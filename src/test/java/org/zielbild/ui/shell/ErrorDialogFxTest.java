package org.zielbild.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
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
import org.zielbild.testing.ShellTestSupport;

@ExtendWith(ApplicationExtension.class)
class ErrorDialogFxTest {

    @TempDir
    static Path home;

    private Thread.UncaughtExceptionHandler previous;

    @Start
    void start(Stage stage) {
        previous = Thread.getDefaultUncaughtExceptionHandler();
        Shell shell = new Shell(ShellTestSupport.context(home, Language.EN), stage);
        shell.start();
        shell.errors().installAsDefaultHandler();
    }

    @AfterEach
    void restore() {
        Thread.setDefaultUncaughtExceptionHandler(previous);
    }

    @Test
    void anUncaughtExceptionOnAnyThreadIsShownAsAReadableDialog(FxRobot robot) throws Exception {
        Thread worker = new Thread(() -> {
            throw new IllegalStateException("disk exploded");
        }, "worker");
        worker.start();
        worker.join();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#errorDialog").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#errorDialog").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("Something went wrong");
        java.util.function.Predicate<javafx.scene.Node> explains = n -> n instanceof javafx.scene.control.Label l
                && l.getText() != null && l.getText().contains("disk exploded") && l.getText().contains("zielbild.log");
        assertThat(robot.from(pane).lookup(explains).tryQuery()).isPresent();
    }
}
