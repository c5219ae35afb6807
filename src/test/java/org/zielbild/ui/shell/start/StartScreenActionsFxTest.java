package org.zielbild.ui.shell.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
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
import org.zielbild.session.OpenSession;
import org.zielbild.session.SessionSummary;
import org.zielbild.store.WorkspaceSessionLibrary;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.shell.Shell;

/** The start screen's session actions, with the real store in a temp workspace. */
@ExtendWith(ApplicationExtension.class)
class StartScreenActionsFxTest {

    @TempDir
    static Path home;

    private WorkspaceSessionLibrary library;
    private StartViewModel vm;
    private final List<OpenSession> opened = new CopyOnWriteArrayList<>();
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private Path exportTo;
    private Path importFrom;

    @Start
    void start(Stage stage) throws Exception {
        Path workspace = home.resolve("ws-" + System.nanoTime());
        library = new WorkspaceSessionLibrary(workspace, home.resolve("rescue"), Clock.systemDefaultZone());
        for (String title : List.of("Kick-off Vertrieb", "Zielbild Kundenservice 2027")) {
            library.create(TargetPictureDay.newSession(Ids.newId(),
                    new SessionInfo(title, LocalDate.of(2026, 11, 23), "", "", Language.EN), Ids::newId), Runnable::run).close();
            Thread.sleep(20); // distinct last-change times
        }
        vm = new StartViewModel(library, Language.EN, LocalDate.of(2026, 11, 23), background, Platform::runLater, opened::add);
        FileDialogs stub = new FileDialogs() {
            @Override
            public Optional<Path> chooseFolder(Window owner, String title) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseExportFile(Window owner, String title, String suggestedName) {
                return Optional.of(exportTo);
            }

            @Override
            public Optional<Path> chooseImportFile(Window owner, String title) {
                return Optional.ofNullable(importFrom);
            }
        };
        StartScreen screen = new StartScreen(vm, new I18n(Language.EN), () -> { }, stub);
        Scene scene = new Scene(screen.root(), 1280, 800);
        scene.getStylesheets().add(Shell.STYLESHEET);
        stage.setScene(scene);
        stage.show();
        vm.refresh();
    }

    @AfterEach
    void closeOpened() {
        opened.forEach(OpenSession::close);
        background.shutdown();
    }

    private ListView<SessionSummary> list(FxRobot robot) {
        return robot.lookup("#sessionList").queryListView();
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void select(FxRobot robot, String title) throws Exception {
        waitFor(() -> list(robot).getItems().stream().anyMatch(s -> s.title().equals(title)));
        robot.interact(() -> list(robot).getSelectionModel().select(
                list(robot).getItems().stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow()));
        robot.clickOn("#sessionList");
        robot.interact(() -> list(robot).requestFocus());
    }

    private List<String> titles(FxRobot robot) {
        return list(robot).getItems().stream().map(SessionSummary::title).toList();
    }

    @Test
    void theListShowsTheNewestFirstAndF2RenamesTheSelectedSession(FxRobot robot) throws Exception {
        waitFor(() -> list(robot).getItems().size() == 2);
        assertThat(titles(robot)).containsExactly("Zielbild Kundenservice 2027", "Kick-off Vertrieb");
        select(robot, "Kick-off Vertrieb");
        robot.type(KeyCode.F2);
        robot.lookup("#renameField").queryTextInputControl();
        robot.interact(() -> robot.lookup("#renameField").queryTextInputControl().setText("Kick-off Vertrieb Süd"));
        robot.type(KeyCode.ENTER);
        waitFor(() -> titles(robot).contains("Kick-off Vertrieb Süd"));
        assertThat(robot.lookup("#startDone").queryAs(Label.class).getText())
                .isEqualTo("The session is now called “Kick-off Vertrieb Süd”.");
    }

    @Test
    void duplicateExportAndImportAddSessions(FxRobot robot) throws Exception {
        select(robot, "Zielbild Kundenservice 2027");
        robot.clickOn("#duplicateSession");
        waitFor(() -> titles(robot).contains("Zielbild Kundenservice 2027 (copy)"));

        exportTo = home.resolve("export-" + System.nanoTime() + ".zielbild.json");
        select(robot, "Zielbild Kundenservice 2027");
        robot.press(KeyCode.CONTROL).press(KeyCode.E).release(KeyCode.E).release(KeyCode.CONTROL);
        waitFor(() -> Files.exists(exportTo));
        assertThat(Files.readString(exportTo)).contains("\"schemaVersion\" : 1", "Zielbild Kundenservice 2027");

        importFrom = exportTo;
        robot.clickOn("#importSession");
        waitFor(() -> titles(robot).stream().filter(t -> t.equals("Zielbild Kundenservice 2027")).count() == 2);
        assertThat(titles(robot)).hasSize(4);
    }

    @Test
    void deleteAsksFirstAndEnterDoesNotDelete(FxRobot robot) throws Exception {
        select(robot, "Kick-off Vertrieb");
        robot.type(KeyCode.DELETE);
        waitFor(() -> robot.lookup("#deleteDialog").tryQuery().isPresent());
        robot.type(KeyCode.ENTER); // Cancel is the default
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(titles(robot)).contains("Kick-off Vertrieb");

        robot.clickOn("#deleteSession");
        waitFor(() -> robot.lookup("#confirmDelete").tryQuery().isPresent());
        robot.clickOn("#confirmDelete");
        waitFor(() -> !titles(robot).contains("Kick-off Vertrieb"));
        assertThat(robot.lookup("#startDone").queryAs(Label.class).getText()).isEqualTo("“Kick-off Vertrieb” was deleted.");
    }

    @Test
    void shortcutsInTheTitleFieldDoNotActOnTheSelectedSession(FxRobot robot) throws Exception {
        select(robot, "Kick-off Vertrieb");
        robot.clickOn("#sessionTitle");
        robot.press(KeyCode.CONTROL).press(KeyCode.D).release(KeyCode.D).release(KeyCode.CONTROL);
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(titles(robot)).hasSize(2);
        assertThat(robot.lookup("#deleteDialog").tryQuery()).isEmpty();
    }

    @Test
    void theContextMenuOffersEveryAction(FxRobot robot) throws Exception {
        select(robot, "Kick-off Vertrieb");
        // What the OS sends for a right click or the menu key (Monocle's robot sends no such event).
        robot.interact(() -> javafx.event.Event.fireEvent(list(robot), new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 40, 40, 400, 300, true, null)));
        waitFor(() -> javafx.stage.Window.getWindows().stream().anyMatch(w -> w instanceof javafx.scene.control.ContextMenu));
        javafx.scene.control.ContextMenu menu = (javafx.scene.control.ContextMenu) javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu).findFirst().orElseThrow();
        assertThat(menu.getItems()).extracting(javafx.scene.control.MenuItem::getId)
                .containsExactly("menu-open", "menu-rename", "menu-duplicate", "menu-export", null, "menu-delete");
        assertThat(menu.getItems().get(1).getAccelerator().getName()).isEqualTo("F2");
        robot.clickOn("Duplicate");
        waitFor(() -> titles(robot).contains("Kick-off Vertrieb (copy)"));
    }

    @Test
    void aDamagedSessionShowsWhatIsDamagedAndOpensTheRecoveredStateAsANewSession(FxRobot robot) throws Exception {
        SessionSummary victim = library.list().stream().filter(s -> s.title().equals("Kick-off Vertrieb")).findFirst().orElseThrow();
        Path folder = Path.of(victim.location());
        // Two changes in the journal, then the first one garbled: the journal is damaged in the middle.
        try (OpenSession open = library.open(victim, Runnable::run)) {
            open.service().apply(new org.zielbild.domain.agenda.SetStageTimeBox(open.service().session().agenda().stages().get(0).id(), 33));
            open.service().apply(new org.zielbild.domain.agenda.SetStageTimeBox(open.service().session().agenda().stages().get(1).id(), 44));
            Thread.sleep(200);
            Files.copy(folder.resolve("journal.jsonl"), home.resolve("journal-" + System.nanoTime()));
            byte[] journal = Files.readAllBytes(folder.resolve("journal.jsonl"));
            journal[10] = 'X';
            Files.write(home.resolve("damaged-journal"), journal);
        }
        Files.copy(home.resolve("damaged-journal"), folder.resolve("journal.jsonl"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        byte[] damagedBytes = Files.readAllBytes(folder.resolve("journal.jsonl"));

        select(robot, "Kick-off Vertrieb");
        robot.clickOn("#openSession");
        waitFor(() -> robot.lookup("#damagedDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#damagedProblem").queryAs(Label.class).getText()).contains("journal.jsonl", "line 1");
        assertThat(robot.lookup("#recoveryOption0").tryQuery()).isPresent();
        robot.clickOn("#damagedOpen");
        waitFor(() -> !opened.isEmpty());
        assertThat(opened.get(0).service().session().info().title()).isEqualTo("Kick-off Vertrieb (recovered)");
        assertThat(Files.readAllBytes(folder.resolve("journal.jsonl"))).as("the damaged file stays").isEqualTo(damagedBytes);
    }
}
