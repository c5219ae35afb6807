package org.zielbild.ui.shell.start;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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
import org.zielbild.domain.target.AddStatement;
import org.zielbild.domain.target.SetStatementPicture;
import org.zielbild.domain.target.Statement;
import org.zielbild.domain.target.StatementPicture;
import org.zielbild.session.AttachmentKind;
import org.zielbild.session.OpenSession;
import org.zielbild.store.WorkspaceSessionLibrary;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.shell.Shell;

/** Importing a file whose picture was changed: the session comes in, a warning line says what is missing (0111). */
@ExtendWith(ApplicationExtension.class)
class ImportNoticeFxTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @TempDir
    static Path home;

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private WorkspaceSessionLibrary library;
    private Stage stage;
    private Path tampered;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @AfterEach
    void stop() {
        background.shutdown();
    }

    /** An export of a session with one statement picture, whose picture was changed afterwards. */
    private Path tamperedExport() throws Exception {
        WorkspaceSessionLibrary source = new WorkspaceSessionLibrary(home.resolve("source-" + System.nanoTime()),
                home.resolve("rescue"), Clock.systemDefaultZone());
        String reference;
        try (OpenSession open = source.create(TargetPictureDay.newSession(Ids.newId(), new SessionInfo("Zielbild 2027",
                LocalDate.of(2026, 11, 23), "", "", Language.EN), Ids::newId), Runnable::run)) {
            reference = open.attachments().add(Files.write(home.resolve("team.png"), PNG), AttachmentKind.IMAGE).reference();
            open.service().apply(AddStatement.atEnd(Statement.of("st-1", "Customers call us first", "")));
            open.service().apply(new SetStatementPicture("st-1", new StatementPicture(reference, "team.png")));
        }
        Path file = home.resolve("export-" + System.nanoTime() + ".zielbild.json");
        source.exportTo(source.list().get(0), file);
        ObjectMapper json = new ObjectMapper();
        ObjectNode tree = (ObjectNode) json.readTree(file.toFile());
        byte[] changed = PNG.clone();
        changed[changed.length - 1] = 'X';
        ((ObjectNode) tree.path("attachments")).put(reference, Base64.getEncoder().encodeToString(changed));
        json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), tree);
        return file;
    }

    private Label importInto(FxRobot robot, Language language, int width, int height) throws Exception {
        tampered = tamperedExport();
        library = new WorkspaceSessionLibrary(home.resolve("ws-" + System.nanoTime()), home.resolve("rescue"),
                Clock.systemDefaultZone());
        StartViewModel vm = new StartViewModel(library, language, LocalDate.of(2026, 11, 23), background,
                Platform::runLater, open -> { });
        FileDialogs files = new FileDialogs() {
            @Override
            public Optional<Path> chooseFolder(Window owner, String title) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseExportFile(Window owner, String title, String suggestedName) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseImportFile(Window owner, String title) {
                return Optional.of(tampered);
            }
        };
        robot.interact(() -> {
            Scene scene = new Scene(new StartScreen(vm, new I18n(language), () -> { }, files).root(), width, height);
            scene.getStylesheets().add(Shell.STYLESHEET);
            stage.setScene(scene);
            stage.show();
            vm.refresh();
        });
        robot.clickOn("#importSession");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> library.list().size() == 1
                && !robot.lookup("#startNotice").queryAs(Label.class).getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        shoot(robot, "import-notice-" + language.name().toLowerCase() + "-" + width);
        return robot.lookup("#startNotice").queryAs(Label.class);
    }

    @Test
    void theSessionComesInAndAWarningLineSaysWhichPictureIsMissing(FxRobot robot) throws Exception {
        Label notice = importInto(robot, Language.EN, 1280, 800);
        assertThat(robot.lookup("#startDone").queryAs(Label.class).getText()).isEqualTo("“Zielbild 2027” was imported.");
        assertThat(notice.getText()).startsWith("One picture in the file could not be restored; the session shows it as "
                + "missing. The picture ").endsWith("its content does not match its name (it was damaged or changed after "
                + "the export).");
        assertWhole(notice);
    }

    @Test
    void inGermanOnASmallScreenTheWarningWrapsAndIsNeverCut(FxRobot robot) throws Exception {
        Label notice = importInto(robot, Language.DE, 1024, 700);
        assertThat(notice.getText()).startsWith("Ein Bild aus der Datei konnte nicht wiederhergestellt werden");
        assertWhole(notice);
    }

    /** Shown, inside the window, and tall enough for all its lines (wrapped, not cut with an ellipsis). */
    private static void assertWhole(Label notice) {
        assertThat(notice.isVisible() && notice.isManaged()).isTrue();
        var bounds = notice.localToScene(notice.getLayoutBounds());
        assertThat(bounds.getMaxX()).isLessThanOrEqualTo(notice.getScene().getWidth());
        assertThat(notice.getHeight()).isGreaterThanOrEqualTo(notice.prefHeight(notice.getWidth()) - 0.5);
        assertThat(notice.getStyleClass()).contains(atlantafx.base.theme.Styles.WARNING);
    }

    /** With -Dzielbild.shots=<folder>, a picture of the screen to look at. */
    private static void shoot(FxRobot robot, String name) throws Exception {
        String folder = System.getProperty("zielbild.shots");
        if (folder != null) {
            var shot = new java.util.concurrent.atomic.AtomicReference<javafx.scene.image.WritableImage>();
            robot.interact(() -> shot.set(robot.window(0).getScene().snapshot(null)));
            Files.createDirectories(Path.of(folder));
            org.zielbild.ui.common.PngFiles.write(shot.get(), Path.of(folder, name + ".png").toFile());
        }
    }
}
