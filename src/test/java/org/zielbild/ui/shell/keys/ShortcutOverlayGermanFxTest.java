package org.zielbild.ui.shell.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.domain.Language;
import org.zielbild.testing.RunTheDayFxSupport;
import org.zielbild.testing.RunTheDayFxTestBase;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.KeyHelp;
import org.zielbild.ui.kit.board.BoardShortcut;

/** F1 (or ?) lists every shortcut, in German when the UI is German. */
class ShortcutOverlayGermanFxTest extends RunTheDayFxTestBase {

    @Override
    protected Language language() {
        return Language.DE;
    }

    @Test
    void f1ListsEveryShortcutInGermanAndEscapeClosesIt(FxRobot robot) {
        robot.clickOn("#stageTitle").type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        Node overlay = robot.lookup("#shortcutOverlay").query();
        List<String> texts = RunTheDayFxSupport.texts(overlay);
        I18n de = new I18n(Language.DE);
        assertThat(texts).contains("Tastenkürzel", "Nächster Abschnitt (startet ihn, während der Tag läuft)",
                "Schwarzbild an / aus", "Leertaste", "Strg", "Bild ab", "Umschalt", "N");
        for (Shortcut s : Shortcut.values()) {
            assertThat(texts).as("%s is listed", s).contains(de.t(s.labelKey()));
        }
        assertThat(texts).as("the welcome stage has no board").doesNotContain("Auf einem Board");
        assertThat(texts).doesNotContain("Next stage (starts it while the day runs)", "Space");
        assertThat(org.zielbild.testing.CutText.in(overlay.getScene())).isEmpty();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#shortcutOverlay").tryQuery()).isEmpty();
    }

    @Test
    void onABoardStageTheBoardsKeysAreListedToo(FxRobot robot) throws Exception {
        robot.interact(() -> shell.sessionWindow().viewModel().goTo("s3"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#captureText").tryQuery().isPresent());
        robot.clickOn("#stageTitle").type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        Node overlay = robot.lookup("#shortcutOverlay").query();
        List<String> texts = RunTheDayFxSupport.texts(overlay);
        I18n de = new I18n(Language.DE);
        for (Shortcut s : Shortcut.values()) {
            assertThat(texts).as("%s is listed", s).contains(de.t(s.labelKey()));
        }
        for (KeyHelp.Row row : BoardShortcut.help().rows()) {
            assertThat(texts).as("the board's %s is listed", row.labelKey()).contains(de.t(row.labelKey()));
        }
        assertThat(texts).contains("Auf einem Board", "Pfeiltasten", "Entf");
        assertThat(org.zielbild.testing.CutText.in(overlay.getScene())).isEmpty();
    }

    @Test
    void theQuestionMarkOpensItToo(FxRobot robot) {
        robot.clickOn("#stageTitle").write("?");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#shortcutOverlay").tryQuery()).isPresent();
    }

    @Test
    void everyShortcutHasAnActionInTheSessionWindow() {
        assertThat(shell.sessionWindow().keyboard().bound()).containsExactlyInAnyOrder(Shortcut.values());
    }
}
