package org.zielbild.ui.kit.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.domain.Language;
import org.zielbild.testing.BoardSamples;
import org.zielbild.testing.CutText;

/**
 * A board stage in the session window at the laptop size of 1280 × 800, in English and German,
 * with six clusters of notes: the board, the note list and the cluster panel show every label,
 * column header and button in full.
 */
class BoardNoCutTextFxTest {

    @TempDir
    Path home;

    private final BoardStageFxSupport day = new BoardStageFxSupport();

    private Scene openFullBoard(Language language) throws Exception {
        BoardCanvas canvas = day.open(home, language);
        day.robot.interact(() -> BoardSamples.fill(canvas.viewModel(), language));
        WaitForAsyncUtils.waitForFxEvents();
        return canvas.getScene();
    }

    /** The full board's list (notes and clusters); returns the notes table. */
    private TableView<?> openList(Language language) throws Exception {
        openFullBoard(language);
        day.robot.clickOn(day.visible("#showList"));
        day.waitFor("#clusterTable");
        TableView<?> table = day.waitFor("#noteTable");
        day.robot.sleep(200);
        return table;
    }

    @AfterEach
    void close() throws Exception {
        day.close();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theBoard(Language language) throws Exception {
        Scene scene = openFullBoard(language);
        assertThat(CutText.in(scene)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theNoteListAndTheClusterPanel(Language language) throws Exception {
        TableView<?> notes = openList(language);
        assertThat(CutText.in(notes.getScene())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theListShowsEachNotesClusterAndDotsWithoutScrollingSideways(Language language) throws Exception {
        TableView<?> table = openList(language);
        javafx.geometry.Bounds view = table.localToScene(table.getLayoutBounds());
        for (String column : java.util.List.of("board.list.cluster", "board.list.votes")) {
            String title = new org.zielbild.ui.common.I18n(language).t(column);
            javafx.scene.Node header = table.lookupAll(".column-header").stream()
                    .filter(n -> n instanceof javafx.scene.control.skin.TableColumnHeader h && h.getTableColumn() != null
                            && title.equals(h.getTableColumn().getText()))
                    .findFirst().orElseThrow();
            assertThat(header.localToScene(header.getLayoutBounds()).getMaxX()).as("%s in view", title)
                    .isLessThanOrEqualTo(view.getMaxX());
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theListShowsEveryNoteInFull(Language language) throws Exception {
        TableView<?> table = openList(language);
        String title = new org.zielbild.ui.common.I18n(language).t("board.list.text");
        java.util.List<javafx.scene.control.TableCell<?, ?>> cells = table.lookupAll(".table-cell").stream()
                .<javafx.scene.control.TableCell<?, ?>>map(n -> (javafx.scene.control.TableCell<?, ?>) n)
                .filter(c -> c.isVisible() && !c.isEmpty() && c.getItem() != null
                        && title.equals(c.getTableColumn().getText()))
                .toList();
        assertThat(cells).isNotEmpty();
        for (javafx.scene.control.TableCell<?, ?> cell : cells) {
            assertThat(shown(cell)).isEqualTo(cell.getItem());
        }
    }

    /** What a cell draws: its own text (shortened with "…" when it does not fit) or a text node's, if it fits. */
    private static String shown(javafx.scene.control.TableCell<?, ?> cell) {
        if (cell.getGraphic() instanceof javafx.scene.text.Text t) {
            return t.getLayoutBounds().getHeight() <= cell.getHeight() ? t.getText() : "(taller than its row)";
        }
        return cell.getChildrenUnmodifiable().stream().filter(n -> n instanceof javafx.scene.text.Text)
                .map(n -> ((javafx.scene.text.Text) n).getText()).findFirst().orElse("");
    }
}
