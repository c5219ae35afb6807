package org.zielbild.ui.shell.projector;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.config.ProjectorTheme;
import org.zielbild.domain.Language;
import org.zielbild.ui.common.WallPalette;
import org.zielbild.testing.WallFxSupport;
import org.zielbild.testing.WallSessions;

/**
 * One theme on the whole wall (issue 15, decision 0100): in the dark theme no projection sits in a
 * white panel, the board's canvas draws in the dark palette, and every text on the wall reaches
 * 4.5:1 on what is really behind it, in both themes, on every stage and part of the day.
 */
@ExtendWith(ApplicationExtension.class)
class WallThemeFxTest {

    @TempDir
    static Path home;

    private WallFxSupport wall;

    @BeforeEach
    void open() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            try {
                wall = WallFxSupport.open(stage, home, Language.DE,
                        WallSessions.build(Language.DE, new WallSessions.Content(20, true)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        wall.showWall(1280, 720);
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.asyncFx(() -> wall.shell().shutdown());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theDarkThemeReachesEveryProjectionAndNoWhitePanelIsLeft() {
        wall.theme(ProjectorTheme.DARK);
        for (String stage : List.of("s1", "s2", "s3", "s4", "s5", "s6", "s7")) {
            wall.stage(stage, 0);
            for (int part = 0; part < wall.parts(); part++) {
                wall.stage(stage, part);
                wall.keep("theme-dark-" + stage + "-" + part);
                double bright = WallFxSupport.shareBrighterThan(wall.picture(), 0.6);
                // Text and the notes' colour strips are bright; a white panel would be a third of the picture.
                assertThat(bright).as("bright share of the dark wall at %s part %d", stage, part).isLessThan(0.08);
            }
        }
    }

    @Test
    void theBoardCanvasOnTheWallFollowsTheThemeBothWays() {
        wall.stage("s2", 1);
        assertThat(canvasPalette()).isEqualTo(WallPalette.LIGHT);
        wall.theme(ProjectorTheme.DARK);
        assertThat(canvasPalette()).isEqualTo(WallPalette.DARK);
        assertThat(WallFxSupport.shareBrighterThan(wall.picture(), 0.6)).isLessThan(0.08);
        wall.theme(ProjectorTheme.LIGHT);
        assertThat(canvasPalette()).isEqualTo(WallPalette.LIGHT);
        assertThat(WallFxSupport.shareBrighterThan(wall.picture(), 0.6)).as("light wall").isGreaterThan(0.5);
    }

    @Test
    void everyTextOnTheWallReaches45To1OnWhatIsBehindItInBothThemes() {
        for (ProjectorTheme theme : ProjectorTheme.values()) {
            wall.theme(theme);
            for (String stage : List.of("s1", "s2", "s3", "s4", "s5", "s6", "s7")) {
                wall.stage(stage, 0);
                for (int part = 0; part < wall.parts(); part++) {
                    wall.stage(stage, part);
                    assertThat(wall.lowContrast()).as("%s at %s part %d", theme, stage, part).isEmpty();
                }
            }
        }
    }

    /** The palette the wall's board draws in: its own layout, or the canvas when it follows the laptop. */
    private WallPalette canvasPalette() {
        return WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            Node board = wall.wall().scene().lookup(".wall-board");
            Node canvas = wall.wall().scene().lookup(".board-canvas");
            if (board != null && board.getParent() != null && board.isVisible()) {
                return ((org.zielbild.ui.kit.board.WallBoard) board).palette();
            }
            return ((org.zielbild.ui.kit.board.BoardCanvas) canvas).palette();
        });
    }
}
