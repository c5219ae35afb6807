package org.zielbild.ui.modules.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.Scene;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.domain.Language;
import org.zielbild.domain.coaching.CoachingStep;
import org.zielbild.session.SessionService;
import org.zielbild.testing.CutText;
import org.zielbild.testing.ProjectionWindow;
import org.zielbild.testing.TempAttachments;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.Notifier;
import org.zielbild.ui.common.SessionModel;
import org.zielbild.ui.common.WallPalette;
import org.zielbild.ui.shell.projector.ProjectorWindow;

/**
 * The coach round on the wall with the realistic round (23 people, 4 coaches with photos and
 * styles), in both languages and both projector themes, on the design surface of 1920 × 1080 shown at two scales: every text at
 * least 28 design pixels, nothing cut, everything inside the room the projector leaves below its
 * title band.
 */
@ExtendWith(ApplicationExtension.class)
class CoachingWallFxTest {

    private static final double BAND = ProjectorWindow.TITLE_BAND_HEIGHT;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @ParameterizedTest(name = "{0} {1} {2} at {3}")
    @CsvSource({"EN, LIGHT, OVERVIEW, 1280", "DE, DARK, OVERVIEW, 1024", "EN, DARK, PITCH, 1024", "DE, LIGHT, PITCH, 1280",
        "EN, LIGHT, QUESTIONS, 1024", "DE, DARK, QUESTIONS, 1280", "EN, DARK, RANKING, 1024", "DE, LIGHT, RANKING, 1280",
        "EN, LIGHT, ANNOUNCEMENT, 1280", "DE, DARK, ANNOUNCEMENT, 1024", "DE, LIGHT, ANNOUNCEMENT, 1280"})
    void theWallIsReadableAndNothingIsCut(Language language, WallPalette palette, CoachingStep step, int width)
            throws Exception {
        Path photos = Files.createTempDirectory("coach-photos");
        CoachingProjection[] projection = new CoachingProjection[1];
        VBox surface = WaitForAsyncUtils.asyncFx(() -> {
            SessionModel model = new SessionModel(SessionService.inMemory(CoachingSample.build(language)),
                    new TempAttachments(photos.resolve("session")), Notifier.SILENT);
            AtomicInteger ids = new AtomicInteger();
            CoachingViewModel vm = new CoachingViewModel(model, Clock.fixed(CoachingSample.T0, ZoneOffset.UTC),
                    () -> "t" + ids.incrementAndGet(), new I18n(language));
            for (int i = 0; i < 3; i++) {
                vm.coaches().attachPhoto(model.session().coaching().coaches().get(i).id(),
                        PortraitPictures.portrait(photos, "c" + i, 60 * i));
            }
            CoachingSample.prepare(vm, step);
            projection[0] = new CoachingProjection(vm.feed(), new I18n(language));
            return room(projection[0], palette);
        }).get();
        // The wall is laid out on its 1920 × 1080 design surface and scaled as a whole (decision 0031), so a
        // beamer of 1920 × 1080 and one of 1280 × 720 show the same layout; Monocle's headless screen is
        // 1280 × 800, so the scales tried are 1280 (2/3) and 1024 (0.53) wide.
        Scene scene = WaitForAsyncUtils.asyncFx(() -> {
            Scene s = ProjectionWindow.show(surface, width).getScene();
            s.setUserAgentStylesheet(palette == WallPalette.DARK
                    ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
            return s;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(projection[0].shown()).isEqualTo(step.name());
        assertThat(CutText.in(scene)).as("cut on the wall").isEmpty();
        List<Text> texts = WaitForAsyncUtils.asyncFx(() -> visibleTexts(surface)).get();
        assertThat(texts).as("something is on the wall").hasSizeGreaterThan(3);
        for (Text t : texts) {
            assertThat(t.getFont().getSize()).as("size of “%s”", t.getText()).isGreaterThanOrEqualTo(28);
            Bounds b = surface.sceneToLocal(t.localToScene(t.getLayoutBounds()));
            assertThat(b.getMinY()).as("“%s” starts below the title band", t.getText()).isGreaterThanOrEqualTo(BAND - 1);
            assertThat(b.getMaxY()).as("“%s” ends on the surface", t.getText()).isLessThanOrEqualTo(1081);
            assertThat(b.getMaxX()).as("“%s” ends on the surface", t.getText()).isLessThanOrEqualTo(1921);
        }
    }

    /** The projection where the projector puts it: below a band of the title's height, with the projector's colours. */
    private static VBox room(CoachingProjection projection, WallPalette palette) {
        Region band = new Region();
        band.setMinHeight(BAND);
        band.setPrefHeight(BAND);
        StackPane area = new StackPane(projection.root());
        area.getStyleClass().add("projection");
        // The projector's own padding around a projection (ProjectorWindow.build).
        area.setPadding(new javafx.geometry.Insets(16, 72, 24, 72));
        area.setMinHeight(0);
        VBox.setVgrow(area, javafx.scene.layout.Priority.ALWAYS);
        VBox root = new VBox(band, area);
        root.getStylesheets().add(ProjectorWindow.STYLESHEET);
        root.getStyleClass().addAll("projector", palette == WallPalette.DARK ? "projector-dark" : "projector-light");
        root.setStyle(palette.style());
        return root;
    }

    private static List<Text> visibleTexts(Node root) {
        List<Text> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<Text> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Text t && !t.getText().isBlank()) {
            out.add(t);
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }
}
