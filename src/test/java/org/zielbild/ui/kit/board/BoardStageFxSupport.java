package org.zielbild.ui.kit.board;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.domain.Language;
import org.zielbild.testing.RunTheDayFxSupport;
import org.zielbild.ui.shell.Shell;

/** The template day in a real shell at the laptop size of 1280 × 800, on the board stage s3. */
final class BoardStageFxSupport {

    final FxRobot robot = new FxRobot();
    Shell shell;

    /** Opens the day in {@code language} on stage s3; returns the visible board. */
    BoardCanvas open(Path home, Language language) throws Exception {
        openStage(home, language, "s3");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> visible("#boardCanvas") != null);
        return (BoardCanvas) visible("#boardCanvas");
    }

    /** Opens the day in {@code language} on a stage. */
    void openStage(Path home, Language language, String stageId) throws Exception {
        shell = RunTheDayFxSupport.openDayOnLaptop(home, language);
        robot.interact(() -> shell.sessionWindow().viewModel().goTo(stageId));
    }

    /** The node with {@code id} on the tab that is open (other tabs hold the same ids). */
    Node visible(String id) {
        return robot.lookup(id).match(Node::isVisible).match(BoardStageFxSupport::shown).tryQuery().orElse(null);
    }

    <T extends Node> T waitFor(String id) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> visible(id) != null);
        @SuppressWarnings("unchecked")
        T node = (T) visible(id);
        return node;
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null && n.getLayoutBounds().getWidth() > 0;
    }

    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> shell.shutdown());
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.cleanupStages();
    }
}
