package org.zielbild.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.domain.Language;
import org.zielbild.ui.shell.CutText;
import org.zielbild.ui.shell.RunTheDayFxSupport;
import org.zielbild.ui.shell.Shell;

/**
 * A board stage in the session window at the laptop size of 1280 × 800, in English and German:
 * the board, the note list and the cluster panel show every label, header and button in full.
 */
class BoardNoCutTextFxTest {

    @TempDir
    Path home;

    private Shell shell;
    private final FxRobot robot = new FxRobot();

    private Scene openBoardStage(Language language) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            try {
                shell = RunTheDayFxSupport.openDay(stage, home, language);
                stage.setWidth(1280);
                stage.setHeight(800);
                shell.sessionWindow().viewModel().goTo("s3");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> visible("#boardCanvas") != null);
        BoardCanvas canvas = (BoardCanvas) visible("#boardCanvas");
        robot.interact(() -> {
            BoardViewModel vm = canvas.viewModel();
            BoardSamples.fill(vm, language);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return canvas.getScene();
    }

    private Node visible(String id) {
        return robot.lookup(id).match(Node::isVisible).match(n -> n.getScene() != null
                && n.localToScene(n.getLayoutBounds()).getWidth() > 0).tryQuery().orElse(null);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> shell.shutdown());
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.cleanupStages();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theBoard(Language language) throws Exception {
        Scene scene = openBoardStage(language);
        assertThat(CutText.in(scene)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theNoteListAndTheClusterPanel(Language language) throws Exception {
        Scene scene = openBoardStage(language);
        robot.clickOn(visible("#showList"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> visible("#clusterTable") != null);
        assertThat(CutText.in(scene)).isEmpty();
    }
}
