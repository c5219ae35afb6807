package org.zielbild.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Scene;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.domain.Language;
import org.zielbild.ui.shell.CutText;

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
        Scene scene = openFullBoard(language);
        day.robot.clickOn(day.visible("#showList"));
        day.waitFor("#clusterTable");
        day.robot.sleep(200);
        assertThat(CutText.in(scene)).isEmpty();
    }
}
