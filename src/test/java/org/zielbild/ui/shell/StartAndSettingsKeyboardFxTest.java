package org.zielbild.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.app.BuiltInModules;
import org.zielbild.config.AppDirs;
import org.zielbild.config.Settings;
import org.zielbild.config.SettingsStore;
import org.zielbild.domain.Language;
import org.zielbild.session.InMemorySessionLibrary;
import org.zielbild.session.SessionLibrary;
import org.zielbild.testing.Sessions;
import org.zielbild.testing.ShellTestSupport;

/**
 * The start screen from the keyboard (Enter opens the newest session, or typing names a new one)
 * and the workspace setting: a folder that cannot hold sessions is refused in the dialog, and a
 * new one is what the start screen then lists.
 */
class StartAndSettingsKeyboardFxTest {

    @TempDir
    Path home;

    /** One in-memory library per workspace folder, as the real app has one store per folder. */
    private final Map<String, SessionLibrary> libraries = new HashMap<>();
    private final FxRobot robot = new FxRobot();
    private Shell shell;

    private SessionLibrary libraryFor(Settings s) {
        return libraries.computeIfAbsent(String.valueOf(s.workspace()),
                k -> new InMemorySessionLibrary(ShellTestSupport.CLOCK));
    }

    private void start() throws Exception {
        AppDirs dirs = AppDirs.under(home);
        AppContext ctx = new AppContext(dirs, new SettingsStore(dirs.settingsFile()), Settings.defaults(Language.EN),
                this::libraryFor, BuiltInModules.registry(), ShellTestSupport.CLOCK);
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            shell = new Shell(ctx, stage);
            shell.start();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        if (shell != null) {
            WaitForAsyncUtils.asyncFx(() -> shell.shutdown());
        }
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.cleanupStages();
    }

    private Node focusOwner() {
        return robot.lookup("#settingsButton").query().getScene().getFocusOwner();
    }

    @Test
    void withNoSessionsYetTheTypingNamesANewOne() throws Exception {
        start();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> focusOwner() == robot.lookup("#sessionTitle").query());
        robot.write("Kick-off").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#agendaList").tryQuery().isPresent());
        assertThat(robot.lookup("#sessionTitleLabel").queryAs(Label.class).getText()).isEqualTo("Kick-off");
    }

    @Test
    void ctrlQQuitsFromTheStartScreenToo() throws Exception {
        start();
        java.util.concurrent.atomic.AtomicInteger exits = new java.util.concurrent.atomic.AtomicInteger();
        robot.interact(() -> shell.setExit(exits::incrementAndGet));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> focusOwner() != null);
        robot.push(KeyCode.CONTROL, KeyCode.Q);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(exits.get()).isEqualTo(1);
    }

    @Test
    void enterOpensTheNewestSession() throws Exception {
        libraryFor(Settings.defaults(Language.EN)).create(Sessions.templateDay(Language.EN), Runnable::run).close();
        start();
        @SuppressWarnings("unchecked")
        ListView<Object> list = robot.lookup("#sessionList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> focusOwner() == list);
        assertThat(list.getSelectionModel().getSelectedIndex()).isZero();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#agendaList").tryQuery().isPresent());
    }

    @Test
    void aRelativeOrUnwritableWorkspaceIsRefusedInTheDialog() throws Exception {
        start();
        Path notAFolder = Files.writeString(home.resolve("a-file.txt"), "x");
        for (String folder : new String[] {"sessions/here", notAFolder.resolve("sub").toString()}) {
            robot.clickOn("#settingsButton");
            robot.interact(() -> robot.lookup("#settingsWorkspace").queryTextInputControl().setText(folder));
            robot.clickOn("#settingsSave");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#settingsSave").tryQuery()).as("%s: the dialog stays open", folder).isPresent();
            assertThat(robot.lookup("#settingsWorkspaceProblem").queryAs(Label.class).getText())
                    .as(folder).contains(folder.startsWith("sessions") ? "full path" : "cannot be stored");
            robot.type(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(Files.exists(home.resolve("config").resolve("settings.json"))).as("nothing was stored").isFalse();
    }

    @Test
    void aNewWorkspaceIsWhatTheStartScreenListsAndCreatesIn() throws Exception {
        start();
        Path elsewhere = home.resolve("usb-stick");
        libraries.computeIfAbsent(elsewhere.toString(), k -> new InMemorySessionLibrary(ShellTestSupport.CLOCK))
                .create(Sessions.templateDay(Language.EN), Runnable::run).close();
        robot.clickOn("#settingsButton");
        robot.interact(() -> robot.lookup("#settingsWorkspace").queryTextInputControl().setText(elsewhere.toString()));
        robot.clickOn("#settingsSave");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#sessionList").queryAs(ListView.class).getItems().size() == 1);
        assertThat(Files.isDirectory(elsewhere)).as("the folder was made").isTrue();
    }
}
