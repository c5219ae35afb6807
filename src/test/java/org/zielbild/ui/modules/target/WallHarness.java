package org.zielbild.ui.modules.target;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Insets;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;
import org.zielbild.config.ProjectorTheme;
import org.zielbild.domain.Language;
import org.zielbild.domain.Session;
import org.zielbild.session.SessionService;
import org.zielbild.testing.BoardFixture;
import org.zielbild.testing.TargetSamples;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.Notifier;
import org.zielbild.ui.common.SessionModel;
import org.zielbild.ui.shell.projector.ProjectorWindow;
import org.zielbild.ui.spi.ModuleContext;

/**
 * The target projection as the projector window holds it: below the 270 px title band, in the
 * padded content area, on a root with the projector's stylesheet and a theme's looked-up colours,
 * on a 1920 × 1080 design surface scaled to the beamer's width, in a window of its own.
 */
final class WallHarness {


    final TargetViewModel vm;
    final TargetProjection projection;
    final StackPane content = new StackPane();
    final Scene scene;

    final VBox surface;

    /**
     * @param width the beamer's width; the window is shown at it (TilesFX sizes its texts only in a
     *              showing window), so it must fit the headless test screen (1280 × 800): a 1920 px
     *              beamer is checked on {@link #surface} itself, which is laid out in design px = 1080p px
     */
    WallHarness(Session session, Language room, ProjectorTheme theme, double width) {
        SessionModel model = new SessionModel(SessionService.inMemory(session), Notifier.SILENT);
        AtomicInteger n = new AtomicInteger();
        I18n i18n = new I18n(room);
        ModuleContext ctx = new ModuleContext(TargetSamples.stage(session), model, i18n, i18n,
                Clock.fixed(BoardFixture.T0, ZoneOffset.UTC), () -> "w" + n.incrementAndGet());
        vm = new TargetViewModel(ctx);
        projection = new TargetProjection(vm.feed(), i18n);
        Region band = new Region();
        band.setMinHeight(ProjectorWindow.TITLE_BAND_HEIGHT);
        content.getStyleClass().add("projection");
        content.setPadding(new Insets(16, 72, 56, 72));
        content.getChildren().add(projection.root());
        StackPane.setAlignment(projection.root(), javafx.geometry.Pos.TOP_LEFT);
        surface = new VBox(band, content);
        surface.getStylesheets().add(ProjectorWindow.STYLESHEET);
        surface.setStyle(ProjectorWindow.palette(theme).style());
        surface.getStyleClass().addAll("projector", theme == ProjectorTheme.DARK ? "projector-dark" : "projector-light");
        surface.setMinSize(1920, 1080);
        surface.setPrefSize(1920, 1080);
        surface.setMaxSize(1920, 1080);
        double k = width / 1920;
        Group scaled = new Group(surface);
        scaled.getTransforms().add(new Scale(k, k));
        scene = new Scene(scaled, width, 1080 * k);
        scene.setUserAgentStylesheet(theme == ProjectorTheme.DARK // as the projector window does
                ? new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet()
                : new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        stage = new javafx.stage.Stage();
        stage.setScene(scene);
        stage.show(); // TilesFX sizes its texts only in a window that is showing
    }

    final javafx.stage.Stage stage;

    void close() {
        stage.hide();
    }

    /** Redraws at once (the projection coalesces on the next pulse) and lays the surface out. */
    void layout() {
        projection.draw();
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        scene.getRoot().applyCss();
        scene.getRoot().layout();
    }

    /** Every visible text the projection draws, TilesFX's included. */
    List<Text> texts() {
        List<Text> out = new ArrayList<>();
        collect(projection.root(), out);
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
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    /** Where a node ends inside the content area, in design px (0,0 = the content area's corner). */
    javafx.geometry.Bounds inContent(Node n) {
        return content.sceneToLocal(n.localToScene(n.getLayoutBounds()));
    }
}
