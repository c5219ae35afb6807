package org.zielbild.ui.shell.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.csv.TextEncoding;
import org.zielbild.domain.Language;
import org.zielbild.domain.roster.Participant;
import org.zielbild.session.SessionService;
import org.zielbild.testing.Sessions;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.Notifier;
import org.zielbild.ui.common.SessionModel;

/**
 * The import preview of a file offers its encoding, preset by the detection, and reads the file
 * again when the user corrects it (issue 17, case 9); a refused file is named with its reason.
 */
@ExtendWith(ApplicationExtension.class)
class CsvImportEncodingFxTest {

    @TempDir
    Path tmp;

    private SessionService service;
    private ParticipantsEditor editor;

    @Start
    void start(Stage stage) {
        service = SessionService.inMemory(Sessions.empty());
        SessionModel model = new SessionModel(service, Notifier.SILENT);
        editor = new ParticipantsEditor(new ParticipantsViewModel(model, Sessions.counterIds("p-")), new I18n(Language.EN));
        stage.setScene(new Scene(editor.root(), 900, 600));
        stage.show();
    }

    @Test
    void excelUnicodeTextIsDetectedFromItsMarkAndImportedAsTheTableItIs(FxRobot robot) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(0xFF);
        bytes.write(0xFE);
        bytes.writeBytes("name\tteam\r\nZoë Weiß\tVertrieb\r\nBen\tService\r\n".getBytes(StandardCharsets.UTF_16LE));
        open(robot, Files.write(tmp.resolve("people.txt"), bytes.toByteArray()));
        assertThat(encoding(robot).getValue()).isEqualTo(TextEncoding.UTF_16LE);
        assertThat(label(robot, "#importEncodingHow")).isEqualTo("Detected from the byte-order mark at the start of the file.");
        assertThat(label(robot, "#importFormat")).isEqualTo("Columns separated by tabs; lines end in CR LF (Windows).");
        robot.clickOn("#importAdd");
        assertThat(participants(robot)).containsExactly("Zoë Weiß", "Ben");
        assertThat(service.session().roster().teams()).extracting(t -> t.name()).containsExactly("Vertrieb", "Service");
    }

    @Test
    void aWrongGuessIsCorrectedByChoosingTheEncoding(FxRobot robot) throws Exception {
        // "Jürgen" and "Björn" in Windows-1252 with semicolons, as German Excel saves them.
        byte[] windows = "name;team\nJürgen;Vertrieb\nBjörn;Service\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        open(robot, Files.write(tmp.resolve("leute.csv"), windows));
        assertThat(encoding(robot).getValue()).isEqualTo(TextEncoding.WINDOWS_1252);
        assertThat(text(robot)).contains("Jürgen", "Björn");
        robot.interact(() -> encoding(robot).setValue(TextEncoding.MAC_ROMAN));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot)).doesNotContain("Jürgen").contains("J\u00B8rgen"); // 0xFC is a cedilla in Mac OS Roman
        assertThat(label(robot, "#importEncodingHow")).isEqualTo("Chosen by you (detected: Windows-1252 (Western European)).");
        robot.interact(() -> encoding(robot).setValue(TextEncoding.UTF_8));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#importUnreadable")).startsWith("2 characters are not valid UTF-8 and show as \uFFFD");
        robot.interact(() -> encoding(robot).setValue(TextEncoding.WINDOWS_1252));
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(300); // the preview plans after typing (here: choosing) pauses
        robot.clickOn("#importAdd");
        assertThat(participants(robot)).containsExactly("Jürgen", "Björn");
    }

    @Test
    void anEmptyOrBinaryFileIsRefusedWithItsName(FxRobot robot) throws Exception {
        Path empty = Files.write(tmp.resolve("empty.csv"), new byte[0]);
        robot.interact(() -> editor.importCsv(empty));
        ListView<String> skipped = robot.lookup("#skippedLines").queryListView();
        assertThat(skipped.getItems()).containsExactly("“empty.csv” cannot be imported: the file is empty.");
        Path xlsx = Files.write(tmp.resolve("people.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0});
        robot.interact(() -> editor.importCsv(xlsx));
        assertThat(skipped.getItems()).singleElement().asString().startsWith("“people.xlsx” cannot be imported: it is a workbook");
        assertThat(robot.lookup("#importAdd").tryQuery()).isEmpty();
    }

    private void open(FxRobot robot, Path file) throws Exception {
        Platform.runLater(() -> editor.importCsv(file)); // it waits in a dialog
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#importEncoding").tryQuery().isPresent());
        robot.sleep(300);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<TextEncoding> encoding(FxRobot robot) {
        return robot.lookup("#importEncoding").queryAs(ComboBox.class);
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static String text(FxRobot robot) {
        return robot.lookup("#importText").queryTextInputControl().getText();
    }

    private static java.util.List<String> participants(FxRobot robot) {
        return robot.lookup("#participantTable").<Participant>queryTableView().getItems().stream()
                .map(Participant::name).toList();
    }
}
