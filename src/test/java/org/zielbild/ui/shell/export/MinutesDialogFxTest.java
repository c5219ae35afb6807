package org.zielbild.ui.shell.export;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.domain.Language;
import org.zielbild.domain.Session;
import org.zielbild.export.MinutesExport;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.kit.board.BoardPictures;
import org.zielbild.testing.MinutesSample;
import org.zielbild.testing.SpecialFiles;

/**
 * The export window on the sample day: parts to choose, the files written by the worker (never on
 * the FX thread), board pictures drawn by the UI and handed in, "Open file", and a refusal in words.
 */
@ExtendWith(ApplicationExtension.class)
class MinutesDialogFxTest {

    @TempDir
    static Path folder;

    private final List<Runnable> held = new ArrayList<>();
    private final List<Path> opened = new ArrayList<>();
    private MinutesExportViewModel vm;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Session day = MinutesSample.build(Language.DE);
        MinutesExport export = MinutesExport.standard((s, f) -> { });
        // The worker holds its tasks until the test lets them run: what the dialog shows meanwhile is
        // what the facilitator sees while a long PDF is laid out.
        vm = new MinutesExportViewModel(() -> day, export, new BoardPictures(), held::add,
                Clock.fixed(MinutesSample.EXPORTED, MinutesSample.ZONE), folder);
        MinutesDialog dialog = new MinutesDialog(vm, new I18n(Language.DE), (p, problem) -> opened.add(p));
        stage.setScene(new Scene(dialog.root(), 720, 640));
        stage.show();
    }

    @Test
    void exportsTheChosenFormatsAndPartsOffTheFxThread(FxRobot robot) throws Exception {
        assertThat(robot.lookup(".check-box").queryAllAs(CheckBox.class)).extracting(CheckBox::getText)
                .contains("PDF", "Teilnehmende", "Ablauf: geplant und tatsächlich", "Stimmung: Check-in und Check-out",
                        "Emotionale Reflexion", "Kundenperspektive", "Abschluss");
        robot.clickOn("#format-html");
        robot.clickOn("#part-agenda");
        robot.clickOn("#exportButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !held.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#exportButton").queryButton().isDisabled()).isTrue();
        assertThat(Files.list(folder).filter(p -> !p.toFile().isDirectory()).toList()).isEmpty();
        Runnable work = held.remove(0);
        Thread worker = new Thread(work);
        worker.start();
        worker.join(60_000);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vm.writtenProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Path pdf = folder.resolve("zielbild-kundenservice-2027-2026-11-23-protokoll.pdf");
        Path html = folder.resolve("zielbild-kundenservice-2027-2026-11-23-protokoll.html");
        assertThat(pdf).exists();
        String page = Files.readString(html);
        assertThat(page).contains("data:image/png;base64,", "Pains &amp; Gains").doesNotContain("Ablauf: geplant");
        assertThat(robot.lookup("#exportStatus").queryAs(Label.class).getText()).isEqualTo("2 Dateien geschrieben.");
        Button openFile = robot.lookup("#openFile").queryButton();
        assertThat(openFile.isDisabled()).isFalse();
        robot.clickOn(openFile);
        assertThat(opened).containsExactly(pdf);
    }

    @Test
    void aPlaceThatCannotBeWrittenIsSaidInTheDialogBeforeAnythingIsWritten(FxRobot robot) throws Exception {
        Path file = Files.writeString(Files.createDirectories(folder.resolve("refused")).resolve("not-a-folder"), "x");
        robot.interact(() -> vm.folderProperty().set(file));
        robot.clickOn("#format-pdf"); // off
        robot.clickOn("#format-md");
        robot.clickOn("#exportButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(held).as("nothing started").isEmpty();
        assertThat(robot.lookup("#exportProblem").queryAs(Label.class).getText())
                .contains("not-a-folder", "konnte nicht geschrieben werden", "Ordner");
        assertThat(robot.lookup("#exportButton").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#openFile").queryButton().isDisabled()).isTrue();
        assertThat(file).hasContent("x");
    }

    /** Issue 17, case 10: one bad target of two stops both, so no half-done set of files is left. */
    @Test
    void aPipeInPlaceOfOneFileStopsTheWholeExport(FxRobot robot) throws Exception {
        Path place = Files.createDirectories(folder.resolve("with-a-pipe"));
        Path pipe = SpecialFiles.fifo(place, "zielbild-kundenservice-2027-2026-11-23-protokoll.md");
        robot.interact(() -> vm.folderProperty().set(place));
        robot.clickOn("#format-md"); // PDF stays on
        robot.clickOn("#exportButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(held).as("nothing started").isEmpty();
        assertThat(robot.lookup("#exportProblem").queryAs(Label.class).getText()).isEqualTo(pipe
                + " konnte nicht geschrieben werden: Das ist eine benannte Pipe (FIFO), keine Datei."
                + " Bitte eine gewöhnliche Datei wählen.");
        try (var files = Files.list(place)) {
            assertThat(files.toList()).containsExactly(pipe);
        }
    }

    @Test
    void aMissingFolderIsSaid(FxRobot robot) {
        Path gone = folder.resolve("unplugged-stick").resolve("minutes");
        robot.interact(() -> vm.folderProperty().set(gone));
        robot.clickOn("#exportButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(held).isEmpty();
        assertThat(robot.lookup("#exportProblem").queryAs(Label.class).getText())
                .endsWith("konnte nicht geschrieben werden: Den Ordner gibt es nicht.");
        assertThat(gone.getParent()).doesNotExist();
    }

    @Test
    void withoutAFormatNothingStarts(FxRobot robot) {
        robot.clickOn("#format-pdf");
        robot.clickOn("#exportButton");
        assertThat(held).isEmpty();
        assertThat(robot.lookup("#exportProblem").queryAs(Label.class).getText()).isEqualTo("Bitte mindestens ein Format wählen.");
    }
}
