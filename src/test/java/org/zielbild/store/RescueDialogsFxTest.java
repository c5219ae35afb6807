package org.zielbild.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
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

/**
 * Issue 17, case 4 in the app: the question before closing names the exact folder of the copy (on
 * another disk), the copy is written before the session closes and the app says where it went;
 * opening the session again offers to import the newer copy.
 */
@ExtendWith(ApplicationExtension.class)
class RescueDialogsFxTest {

    @TempDir
    static Path home;

    private final FaultyFileOps ops = new FaultyFileOps();
    private Path rescueFolder;

    @Start
    void start(Stage stage) throws Exception {
        Path sessions = home.resolve("laptop-disk").resolve("sessions");
        rescueFolder = home.resolve("usb-disk").resolve("Zielbild Studio rescue copies");
        RescuePlaces places = new RescuePlaces(home.resolve("laptop-disk").resolve("rescue"),
                List.of(home.resolve("laptop-disk").resolve("rescue"), rescueFolder),
                dir -> Optional.of(new RescuePlaces.Disk(dir.startsWith(home.resolve("usb-disk")) ? "usb" : "laptop", false)));
        WorkspaceSessionLibrary library = new WorkspaceSessionLibrary(sessions, places, StoreTestSupport.ticking(), ops,
                StoreTestSupport.FAST, new StoreTestSupport.DeletingTrash(), Migrations.standard());
        try (OpenSession open = library.create(StoreTestSupport.templateSession("Disk full day"), Runnable::run)) {
            open.service().apply(AddParticipant.atEnd(new Participant("p1", "Anna", null)));
        }
        ops.scope = home.resolve("laptop-disk");
        new Shell(ShellTestSupport.context(home, Language.EN, library), stage).start();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String dialogId) {
        DialogPane pane = robot.lookup("#" + dialogId).queryAs(DialogPane.class);
        return ((Label) pane.getContent()).getText();
    }

    @Test
    void closingOnAFullDiskSavesTheCopyWhereItSaysAndReopeningOffersIt(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#sessionList").queryListView().getItems().size() == 1);
        robot.interact(() -> robot.lookup("#sessionList").queryListView().getSelectionModel().select(0));
        robot.clickOn("#openSession");
        waitFor(() -> robot.lookup("#saveStatus").tryQuery().isPresent());

        ops.set(FaultyFileOps.Fault.DISK_FULL);
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#saveStatus").queryAs(Label.class).getText().contains("disk is full"));
        robot.press(KeyCode.CONTROL).press(KeyCode.W).release(KeyCode.W).release(KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#closeWhileFailing").tryQuery().isPresent());
        assertThat(text(robot, "closeWhileFailing")).contains("a complete copy of the session is saved to " + rescueFolder
                + " (on another disk than the session).");

        robot.clickOn("#rescueClose");
        waitFor(() -> robot.lookup("#rescueSaved").tryQuery().isPresent());
        List<Path> copies;
        try (var files = Files.list(rescueFolder)) {
            copies = files.toList();
        }
        assertThat(copies).singleElement();
        assertThat(text(robot, "rescueSaved")).contains("A complete copy of “Disk full day” was saved to:\n" + copies.get(0));
        robot.type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#sessionList").tryQuery().isPresent());

        ops.set(FaultyFileOps.Fault.NONE);
        waitFor(() -> robot.lookup("#sessionList").queryListView().getItems().size() == 1);
        robot.interact(() -> robot.lookup("#sessionList").queryListView().getSelectionModel().select(0));
        robot.clickOn("#openSession");
        waitFor(() -> robot.lookup("#newerRescueCopy").tryQuery().isPresent());
        assertThat(text(robot, "newerRescueCopy")).contains(copies.get(0).toString());
        robot.clickOn("Import the copy");
        waitFor(() -> robot.lookup("#rescueImported").tryQuery().isPresent());
        assertThat(text(robot, "rescueImported")).isEqualTo("“Disk full day” was imported; it is on the start screen.");
        robot.type(KeyCode.ENTER);
    }
}
