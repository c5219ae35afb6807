package org.zielbild.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
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
import org.zielbild.domain.roster.AddParticipant;
import org.zielbild.domain.roster.Participant;
import org.zielbild.session.OpenSession;
import org.zielbild.testing.ShellTestSupport;
import org.zielbild.ui.shell.Shell;

/** The app with a disk that fills up: a clear warning, work goes on, and closing first asks. */
@ExtendWith(ApplicationExtension.class)
class CloseWhileFailingFxTest {

    @TempDir
    static Path home;

    private final FaultyFileOps ops = new FaultyFileOps();

    @Start
    void start(Stage stage) throws Exception {
        WorkspaceSessionLibrary library = StoreTestSupport.library(home.resolve("sessions"), ops, StoreTestSupport.FAST);
        try (OpenSession open = library.create(StoreTestSupport.templateSession("Disk full day"), Runnable::run)) {
            open.service().apply(AddParticipant.atEnd(new Participant("p1", "Anna", null)));
        }
        Shell shell = new Shell(ShellTestSupport.context(home, Language.EN, library), stage);
        shell.start();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aFullDiskIsShownAndClosingOffersToKeepWorking(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#sessionList").queryListView().getItems().size() == 1);
        robot.interact(() -> robot.lookup("#sessionList").queryListView().getSelectionModel().select(0));
        robot.clickOn("#openSession");
        waitFor(() -> robot.lookup("#saveStatus").tryQuery().isPresent());

        ops.set(FaultyFileOps.Fault.DISK_FULL);
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        Label save = robot.lookup("#saveStatus").queryAs(Label.class);
        waitFor(() -> save.getText().contains("disk is full"));
        assertThat(save.getText()).startsWith("Cannot save right now: The disk is full").endsWith("as soon as possible.");
        assertThat(save.isWrapText()).as("a failing save wraps instead of being cut off").isTrue();

        robot.press(KeyCode.CONTROL).press(KeyCode.W).release(KeyCode.W).release(KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#closeWhileFailing").tryQuery().isPresent());
        robot.type(KeyCode.ENTER); // Enter keeps working
        waitFor(() -> robot.lookup("#closeWhileFailing").tryQuery().isEmpty());
        assertThat(robot.lookup("#saveStatus").tryQuery()).as("still in the session").isPresent();

        ops.set(FaultyFileOps.Fault.NONE);
        waitFor(() -> save.getText().equals("All changes saved"));
        robot.press(KeyCode.CONTROL).press(KeyCode.W).release(KeyCode.W).release(KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#sessionList").tryQuery().isPresent());
    }
}
