package org.zielbild.ui.shell.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.domain.Ids;
import org.zielbild.domain.Language;
import org.zielbild.domain.SessionInfo;
import org.zielbild.domain.TargetPictureDay;
import org.zielbild.store.WorkspaceSessionLibrary;
import org.zielbild.testing.CutText;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.shell.Shell;

/**
 * The start screen on a small laptop (900 and 1024 px wide, the window's minimum and a common size),
 * in English and in German (~30 % longer): every label and button shows its whole text (the tagline
 * wraps, the settings button keeps its name), and dates are in the UI language's form, in the
 * new-session form and in the list of sessions.
 */
@ExtendWith(ApplicationExtension.class)
class StartScreenSmallWindowFxTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @TempDir
    static Path home;

    private static WorkspaceSessionLibrary library;
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private Stage stage;

    @BeforeAll
    static void oneSession() throws Exception {
        library = new WorkspaceSessionLibrary(home.resolve("ws"), home.resolve("rescue"), Clock.systemDefaultZone());
        library.create(TargetPictureDay.newSession(Ids.newId(),
                new SessionInfo("Zielbild 2027 Vertrieb", DAY, "Köln", "Anna", Language.DE), Ids::newId), Runnable::run).close();
    }

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    private StartScreen show(FxRobot robot, Language language, int width, int height) throws Exception {
        StartViewModel vm = new StartViewModel(library, language, DAY, background, Platform::runLater, open -> open.close());
        StartScreen[] screen = new StartScreen[1];
        robot.interact(() -> {
            screen[0] = new StartScreen(vm, new I18n(language), () -> { });
            // As the shell does: the sessions are read once the first frame is laid out.
            screen[0].laidOutProperty().addListener((obs, was, laidOut) -> vm.refresh());
            Scene scene = new Scene(screen[0].root(), width, height);
            scene.getStylesheets().add(Shell.STYLESHEET);
            // The primary stage is shared by all tests: one before may have sized it.
            stage.setMaximized(false);
            stage.setScene(scene);
            stage.sizeToScene();
            stage.show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> screen[0].listShown().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen[0].root().getScene().getWidth()).as("the window's size").isEqualTo(width);
        assertThat(screen[0].root().getScene().getHeight()).isEqualTo(height);
        return screen[0];
    }

    @ParameterizedTest(name = "{0} at {1} × {2}")
    @CsvSource({"EN, 900, 600", "DE, 900, 600", "EN, 1024, 700", "DE, 1024, 700"})
    void nothingIsCut(Language language, int width, int height, FxRobot robot) throws Exception {
        StartScreen screen = show(robot, language, width, height);
        assertThat(CutText.in(screen.root().getScene())).isEmpty();
        assertThat(cutPrompts(robot)).isEmpty();
        Label tagline = robot.lookup("#startTagline").queryAs(Label.class);
        assertThat(tagline.getHeight()).as("the tagline keeps all its lines")
                .isGreaterThanOrEqualTo(tagline.prefHeight(tagline.getWidth()) - 0.5);
    }

    /** Text fields whose prompt (e.g. the title's example) is wider than the room for text inside them. */
    private static List<String> cutPrompts(FxRobot robot) {
        List<String> cut = new ArrayList<>();
        for (TextField field : robot.lookup(".text-field").queryAllAs(TextField.class)) {
            double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
            for (Node n : field.lookupAll(".text")) {
                if (n instanceof Text t && t.getText() != null && !t.getText().isEmpty() && t.getText().equals(field.getPromptText())
                        && t.getLayoutBounds().getWidth() > room + 0.5) {
                    cut.add(field.getId() + " “" + t.getText() + "” needs " + Math.round(t.getLayoutBounds().getWidth())
                            + " px, has " + Math.round(room));
                }
            }
        }
        return cut;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "DE | 23.11.2026  | 23.11.2026 · zuletzt geändert \\d{2}\\.\\d{2}\\.\\d{4}, \\d{2}:\\d{2}",
            "EN | 23 Nov 2026 | 23 Nov 2026 · last change \\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{1,2}:\\d{2}\\s[AP]M"})
    void datesAreInTheLanguagesFormWhateverTheSystemSpeaks(Language language, String date, String details, FxRobot robot)
            throws Exception {
        Locale system = Locale.getDefault(Locale.Category.FORMAT);
        // A German UI on an American system, an English one on a German system.
        Locale.setDefault(Locale.Category.FORMAT, language == Language.DE ? Locale.US : Locale.GERMANY);
        try {
            show(robot, language, 1024, 700);
            assertThat(robot.lookup("#sessionDateText").queryAs(TextField.class).getText()).isEqualTo(date);
            assertThat(robot.lookup("#sessionDetails").queryAs(Label.class).getText()).matches(details);
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, system);
        }
    }

    @ParameterizedTest(name = "{0} at {1} × {2}: compact {3}")
    @CsvSource({"DE, 900, 600, true", "EN, 900, 600, true", "DE, 1280, 800, false", "EN, 1280, 800, false"})
    void theSessionButtonsKeepToOneLineAndNameThemselves(Language language, int width, int height, boolean compact,
            FxRobot robot) throws Exception {
        show(robot, language, width, height);
        I18n i18n = new I18n(language);
        Button open = robot.lookup("#openSession").queryAs(Button.class);
        assertThat(open.getContentDisplay()).as("Open keeps its name").isNotEqualTo(ContentDisplay.GRAPHIC_ONLY);
        double line = open.localToScene(open.getBoundsInLocal()).getMinY();
        for (String[] b : new String[][] {{"renameSession", "start.rename"}, {"duplicateSession", "start.duplicate"},
                {"exportSession", "start.export"}, {"deleteSession", "start.delete"}}) {
            Button button = robot.lookup("#" + b[0]).queryAs(Button.class);
            assertThat(button.localToScene(button.getBoundsInLocal()).getMinY()).as(b[0] + " on Open's line").isEqualTo(line);
            assertThat(button.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY).as(b[0] + " only its icon").isEqualTo(compact);
            assertThat(button.getTooltip() == null ? null : button.getTooltip().getText()).as(b[0] + " tooltip")
                    .isEqualTo(compact ? i18n.t(b[1]) : null);
        }
        Button importFile = robot.lookup("#importSession").queryAs(Button.class);
        Button openFolder = robot.lookup("#openFolder").queryAs(Button.class);
        assertThat(importFile.localToScene(importFile.getBoundsInLocal()).getMinY())
                .isEqualTo(openFolder.localToScene(openFolder.getBoundsInLocal()).getMinY());
        assertThat(robot.lookup(".list-view").queryAs(ListView.class).getHeight()).as("room for the sessions")
                .isGreaterThan(compact ? 200 : 300);
    }
}
