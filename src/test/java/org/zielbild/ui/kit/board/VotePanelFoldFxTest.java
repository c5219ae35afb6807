package org.zielbild.ui.kit.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.domain.Language;
import org.zielbild.testing.BoardSamples;
import org.zielbild.testing.CutText;
import org.zielbild.ui.common.I18n;

/**
 * The dot-vote panel folds away on a board stage of the session window at 1280 × 800 (0069): the
 * note list gets its width, a running vote still shows in a narrow strip, and the choice holds
 * for the other boards of the window.
 */
class VotePanelFoldFxTest {

    @TempDir
    Path home;

    private final BoardStageFxSupport day = new BoardStageFxSupport();
    private BoardCanvas canvas;

    @AfterEach
    void close() throws Exception {
        day.close();
    }

    /** The full board's list; returns the notes table. */
    private TableView<?> openList(Language language) throws Exception {
        canvas = day.open(home, language);
        day.robot.interact(() -> BoardSamples.fill(canvas.viewModel(), language));
        day.robot.clickOn(day.visible("#showList"));
        TableView<?> table = day.waitFor("#noteTable");
        day.robot.sleep(200);
        return table;
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void foldingWithTheButtonGivesTheListThePanelsWidth(Language language) throws Exception {
        TableView<?> table = openList(language);
        double before = table.getWidth();
        javafx.scene.layout.Region list = (javafx.scene.layout.Region) day.visible(".note-list");
        double listBefore = list.getWidth();
        long inViewBefore = columnsInView(table);
        day.robot.clickOn(day.visible("#toggleVotePanel"));
        // The panel's width (at least 240) goes to the notes and the clusters beside them.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list.getWidth() > listBefore + 240);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getWidth() > before + 100);
        assertThat(day.visible(".vote-panel")).as("panel folded away").isNull();
        assertThat(columnsInView(table)).as("more columns in view").isGreaterThan(inViewBefore);
        assertInView(table, language, "board.list.cluster");
        assertInView(table, language, "board.list.votes");
        assertThat(CutText.in(table.getScene())).isEmpty();

        day.robot.clickOn(day.visible("#toggleVotePanel"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> day.visible(".vote-panel") != null);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Math.abs(table.getWidth() - before) < 1);
    }

    @Test
    void theShortcutFoldsWhileTypingANoteAndTheChoiceHoldsForTheOtherBoards() throws Exception {
        TableView<?> table = openList(Language.EN);
        double before = table.getWidth();
        day.robot.clickOn(day.visible("#captureText"));
        day.robot.press(KeyCode.CONTROL).type(KeyCode.J).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getWidth() > before + 100);
        assertThat(day.visible("#captureText").isFocused()).as("the note field keeps the cursor").isTrue();

        // The next board of the stage (its second tab) shows without the panel too.
        day.robot.clickOn(day.robot.lookup(".tab").nth(1).queryAs(Node.class));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> day.visible("#toggleVotePanel") != null
                && !((javafx.scene.control.ToggleButton) day.visible("#toggleVotePanel")).isSelected());
        assertThat(day.visible(".vote-panel")).isNull();

        day.robot.press(KeyCode.CONTROL).type(KeyCode.J).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> day.visible(".vote-panel") != null);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void whileAVoteRunsTheFoldedPanelStillSaysSo(Language language) throws Exception {
        openList(language);
        I18n i18n = new I18n(language);
        BoardViewModel vm = canvas.viewModel();
        day.robot.interact(() -> vm.voting().start(3, 0));
        assertThat(day.visible("#voteFoldedStrip")).as("no strip while the panel is open").isNull();
        day.robot.clickOn(day.visible("#toggleVotePanel"));
        Label status = day.waitFor("#voteFoldedStatus");
        int people = vm.participants().size();
        assertThat(status.getText()).isEqualTo(i18n.t("board.votePanel.foldedOpen", 0, people));
        assertThat(CutText.in(status.getScene())).isEmpty();

        day.robot.interact(() -> vm.voting().reveal(true));
        assertThat(status.getText()).isEqualTo(i18n.t("board.votePanel.foldedResults", 0, people));

        day.robot.interact(() -> vm.voting().end());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> day.visible("#voteFoldedStrip") == null);

        // Clicking the strip opens the panel again.
        day.robot.interact(() -> vm.voting().start(3, 0));
        day.robot.clickOn(day.<Node>waitFor("#voteFoldedStrip"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> day.visible(".vote-panel") != null);
    }

    /** How many column headers are wholly in view, without scrolling sideways. */
    private static long columnsInView(TableView<?> table) {
        Bounds view = table.localToScene(table.getLayoutBounds());
        return table.lookupAll(".column-header").stream()
                .filter(n -> n instanceof TableColumnHeader h && h.getTableColumn() != null && n.isVisible())
                .filter(n -> n.localToScene(n.getLayoutBounds()).getMaxX() <= view.getMaxX())
                .count();
    }

    private static void assertInView(TableView<?> table, Language language, String key) {
        Bounds view = table.localToScene(table.getLayoutBounds());
        String title = new I18n(language).t(key);
        Node header = table.lookupAll(".column-header").stream()
                .filter(n -> n instanceof TableColumnHeader h && h.getTableColumn() != null
                        && title.equals(h.getTableColumn().getText()))
                .findFirst().orElseThrow();
        assertThat(header.localToScene(header.getLayoutBounds()).getMaxX()).as("%s in view", title)
                .isLessThanOrEqualTo(view.getMaxX());
    }
}
