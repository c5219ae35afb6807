package org.zielbild.ui.modules.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
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
import org.zielbild.domain.coaching.CoachingStep;
import org.zielbild.testing.WallFxSupport;

/**
 * The coach round on the real wall in both of its themes (decision 0100 with 0134): every step of a
 * realistic round (23 people, 4 coaches, questions, 20 ballots, the announcement with its tiles)
 * keeps every text at 4.5:1 on what is behind it, nothing reaches beyond the window, and the dark
 * wall has no bright panel.
 */
@ExtendWith(ApplicationExtension.class)
class CoachingWallThemeFxTest {

    @TempDir
    static Path home;

    private WallFxSupport wall;
    private String stageId;

    @BeforeEach
    void open() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            try {
                org.zielbild.domain.Session session = CoachingSample.build(Language.DE);
                stageId = session.agenda().stages().stream()
                        .filter(s -> s.moduleId().equals(org.zielbild.domain.TargetPictureDay.COACHES))
                        .findFirst().orElseThrow().id();
                wall = WallFxSupport.open(stage, home, Language.DE, session);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        wall.showWall(1920, 1080);
        wall.stage(stageId, 0);
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.asyncFx(() -> wall.shell().shutdown());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every visible node of the wall that reaches beyond its window (the beamer would cut it off). */
    private static List<String> beyondTheWall(Node root) {
        List<String> out = new ArrayList<>();
        Scene scene = root.getScene();
        collect(root, scene.getWidth(), scene.getHeight(), out);
        return out;
    }

    private static void collect(Node n, double width, double height, List<String> out) {
        if (!n.isVisible()) {
            return;
        }
        Bounds b = n.localToScene(n.getLayoutBounds());
        if (b.getMinX() < -1 || b.getMinY() < -1 || b.getMaxX() > width + 1 || b.getMaxY() > height + 1) {
            out.add(n.getClass().getSimpleName() + " " + n.getStyleClass() + " " + b);
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collect(child, width, height, out));
        }
    }

    @Test
    void everyStepIsReadableInBothThemesAndTheDarkWallHasNoBrightPanel() {
        CoachingViewModel vm = WaitForAsyncUtils.waitForAsyncFx(5_000,
                () -> ((CoachingView) wall.activeView()).viewModel());
        for (ProjectorTheme theme : ProjectorTheme.values()) {
            wall.theme(theme);
            for (CoachingStep step : CoachingStep.values()) {
                WaitForAsyncUtils.asyncFx(() -> {
                    vm.result().announce(false);
                    vm.pitches().showOverview();
                    CoachingSample.prepare(vm, step);
                });
                WallFxSupport.settle();
                wall.keep("coaching-" + theme.name().toLowerCase() + "-" + step.name().toLowerCase());
                assertThat(WaitForAsyncUtils.waitForAsyncFx(5_000, () -> beyondTheWall(wall.wall().scene().getRoot())))
                        .as("parts of the wall beyond the window at %s", step).isEmpty();
                assertThat(wall.lowContrast()).as("%s %s", theme, step).isEmpty();
                double bright = WallFxSupport.shareBrighterThan(wall.picture(), 0.6);
                if (theme == ProjectorTheme.DARK) {
                    assertThat(bright).as("bright share of the dark wall at %s", step).isLessThan(0.08);
                } else {
                    assertThat(bright).as("the light wall at %s", step).isGreaterThan(0.5);
                }
            }
        }
    }
}
