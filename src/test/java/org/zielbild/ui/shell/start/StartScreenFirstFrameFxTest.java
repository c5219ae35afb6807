package org.zielbild.ui.shell.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.domain.Ids;
import org.zielbild.domain.Language;
import org.zielbild.domain.SessionInfo;
import org.zielbild.domain.TargetPictureDay;
import org.zielbild.store.WorkspaceSessionLibrary;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.shell.Shell;

/**
 * The start screen's first frame does not wait for the list of sessions (decision 0090): the list
 * and its buttons join right after it, the sessions are read then, and the newest one is selected
 * for Enter as before.
 */
@ExtendWith(ApplicationExtension.class)
class StartScreenFirstFrameFxTest {

    @TempDir
    static Path home;

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final boolean[] listedBeforeShown = new boolean[1];
    private StartScreen screen;
    private StartViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        WorkspaceSessionLibrary library = new WorkspaceSessionLibrary(home.resolve("ws"), home.resolve("rescue"),
                Clock.systemDefaultZone());
        for (String title : new String[] {"Older", "Newest"}) {
            library.create(TargetPictureDay.newSession(Ids.newId(),
                    new SessionInfo(title, LocalDate.of(2026, 11, 23), "", "", Language.EN), Ids::newId), Runnable::run).close();
            Thread.sleep(20);
        }
        vm = new StartViewModel(library, Language.EN, LocalDate.of(2026, 11, 23), background, Platform::runLater, o -> o.close());
        screen = new StartScreen(vm, new I18n(Language.EN), () -> { });
        screen.listAttachedProperty().addListener((obs, was, attached) -> vm.refresh());
        Scene scene = new Scene(screen.root(), 1280, 800);
        scene.getStylesheets().add(Shell.STYLESHEET);
        stage.setScene(scene);
        listedBeforeShown[0] = scene.lookup("#sessionList") != null || screen.listAttachedProperty().get();
        stage.show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    @Test
    void theListJoinsAfterTheFirstFrameAndTheNewestSessionIsSelected(FxRobot robot) throws Exception {
        assertThat(listedBeforeShown[0]).as("no list before the window is drawn").isFalse();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> screen.listShown().get());
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = robot.lookup("#sessionList").queryListView();
        assertThat(list.getItems()).hasSize(2);
        assertThat(list.getSelectionModel().getSelectedIndex()).isZero();
        assertThat(list.isFocused()).as("Enter opens the newest session").isTrue();
        assertThat(robot.lookup("#startBusy").tryQuery()).as("no spinner made before anything runs").isEmpty();
    }
}
