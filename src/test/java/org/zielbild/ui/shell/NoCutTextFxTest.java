package org.zielbild.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.domain.Language;
import org.zielbild.testing.CutText;
import org.zielbild.testing.LaptopDay;

/**
 * Every label and button of the shell's windows can be read in full, in English and in German
 * (~30 % longer), at the laptop size of 1280 × 800: nothing shows an ellipsis, nothing sticks out.
 */
class NoCutTextFxTest {

    @TempDir
    Path home;

    private Shell shell;
    private final FxRobot robot = new FxRobot();

    private LaptopDay day;

    private void open(Language language) throws Exception {
        day = LaptopDay.open(home, language);
        shell = day.shell();
    }

    @AfterEach
    void close() throws Exception {
        day.close();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theSessionWindow(Language language) throws Exception {
        open(language);
        assertThat(CutText.in(robot.lookup("#menuBar").query().getScene())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theRunRowWhileTheDayRunsWithATimerOnTheSideAndTheProjectorBlack(Language language) throws Exception {
        open(language);
        robot.interact(() -> {
            var window = shell.sessionWindow();
            window.timers().startOrPause();
            window.timers().startFreeTimer(7, language == Language.DE ? "Stilles Schreiben" : "Silent writing");
            window.projector().toggleBlack();
            window.viewModel().next();
        });
        WaitForAsyncUtils.waitForFxEvents();
        // Only the side timer's own label may give way (the room sees it on the projector); its time never does.
        assertThat(CutText.in(robot.lookup("#menuBar").query().getScene()))
                .allSatisfy(problem -> assertThat(problem).startsWith("Label#freeTitle"));
        assertThat(robot.lookup("#daySummary").queryLabeled().getText()).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theSettingsDialog(Language language) throws Exception {
        open(language);
        robot.press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#settingsSave").tryQuery().isPresent());
        Scene dialog = robot.lookup("#settingsSave").query().getScene();
        assertThat(CutText.in(dialog)).isEmpty();
        robot.type(KeyCode.ESCAPE);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theAgendaEditor(Language language) throws Exception {
        open(language);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.A).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#agendaEditorList").tryQuery().isPresent());
        assertThat(CutText.in(robot.lookup("#agendaEditorList").query().getScene())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theParticipantsEditorAlsoWithSkippedLines(Language language) throws Exception {
        open(language);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.P).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#participantTable").tryQuery().isPresent());
        Scene editor = robot.lookup("#participantTable").query().getScene();
        assertThat(CutText.in(editor)).isEmpty();
        robot.clickOn("#pasteList");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#importText").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#importText").queryTextInputControl().setText("Dana\n\nErik\nDana\nFrank\n\n"));
        robot.sleep(300);
        assertThat(CutText.in(robot.lookup("#importText").query().getScene())).isEmpty();
        robot.clickOn("#importAdd");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#skippedLines").tryQuery()
                .map(n -> n.isVisible()).orElse(false));
        assertThat(CutText.in(editor)).isEmpty();
        assertThat(robot.lookup("#skippedLines").queryAs(javafx.scene.control.ListView.class).getHeight())
                .as("the skipped lines keep room for three lines").isGreaterThanOrEqualTo(80);
    }

    static Window windowOf(DialogPane pane) {
        return pane.getScene().getWindow();
    }
}
