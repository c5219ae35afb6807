package org.zielbild.ui.kit.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.domain.Language;

/**
 * Folding the vote panel (Ctrl+J) changes the board canvas's size: a board showing fit-all fits
 * again, centred in the new size; a board the user zoomed or panned keeps its view.
 */
class BoardRefitOnResizeFxTest {

    @TempDir
    Path home;

    private final BoardStageFxSupport day = new BoardStageFxSupport();

    @AfterEach
    void close() throws Exception {
        day.close();
    }

    private BoardCanvas openFitted() throws Exception {
        // The reflection stage: its second tab is the board with Pains and Gains.
        day.openStage(home, Language.EN, "s2");
        day.robot.clickOn(day.robot.lookup(".tab").nth(1).queryAs(javafx.scene.Node.class));
        BoardCanvas canvas = day.waitFor("#boardCanvas");
        BoardViewModel vm = canvas.viewModel();
        day.robot.interact(() -> {
            // Two areas too wide to read whole: fit-all shows the overview, following shows one area.
            for (int area = 1; area >= 0; area--) {
                vm.capture().areaProperty().set(area);
                for (int i = 0; i < 6; i++) {
                    vm.capture().textProperty().set("note " + area + "." + i);
                    assertThat(vm.capture().add()).isTrue();
                }
            }
        });
        assertThat(vm.snapshot().board().areaCount()).isGreaterThan(1);
        day.robot.clickOn(canvas);
        day.robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        return canvas;
    }

    private static Viewport fitAllFor(BoardCanvas canvas) {
        return BoardFit.fitAll(canvas.viewModel().snapshot(), canvas.getWidth(), canvas.getHeight(),
                RenderStyle.LAPTOP.textLod, BoardFit.MAX_SCALE);
    }

    private void assertFitAll(BoardCanvas canvas) {
        Viewport expected = fitAllFor(canvas);
        Viewport actual = canvas.viewport();
        assertThat(actual.scale()).as("scale").isCloseTo(expected.scale(), within(1e-6));
        assertThat(actual.tx()).as("tx").isCloseTo(expected.tx(), within(0.5));
        assertThat(actual.ty()).as("ty").isCloseTo(expected.ty(), within(0.5));
    }

    private void foldWithShortcut(BoardCanvas canvas) throws Exception {
        double before = canvas.getWidth();
        day.robot.press(KeyCode.CONTROL).type(KeyCode.J).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Math.abs(canvas.getWidth() - before) > 100);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aFittedBoardFitsAgainWhenThePanelFoldsAndUnfolds() throws Exception {
        BoardCanvas canvas = openFitted();
        assertFitAll(canvas);
        assertThat(fitAllFor(canvas).scale() * BoardGeometry.NOTE_W).as("the whole board is an overview")
                .isLessThan(RenderStyle.LAPTOP.textLod);
        foldWithShortcut(canvas);
        assertFitAll(canvas);
        foldWithShortcut(canvas);
        assertFitAll(canvas);
    }

    @Test
    void aZoomedBoardKeepsItsViewWhenThePanelFolds() throws Exception {
        BoardCanvas canvas = openFitted();
        day.robot.press(KeyCode.CONTROL).type(KeyCode.PLUS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Viewport zoomed = canvas.viewport();
        assertThat(zoomed.scale()).isGreaterThan(fitAllFor(canvas).scale());
        foldWithShortcut(canvas);
        assertThat(canvas.viewport()).isEqualTo(zoomed);
    }
}
