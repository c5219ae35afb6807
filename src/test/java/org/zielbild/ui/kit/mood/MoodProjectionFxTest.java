package org.zielbild.ui.kit.mood;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.domain.Language;
import org.zielbild.domain.mood.Emotion;
import org.zielbild.domain.mood.MoodKind;
import org.zielbild.testing.SessionModelFixture;
import org.zielbild.ui.common.I18n;

/**
 * The mood projections really draw: check-out beside check-in, with the chart using the height it
 * is given, both on a whole 1920 × 1080 surface and in the projector's room below its title band.
 */
@ExtendWith(ApplicationExtension.class)
class MoodProjectionFxTest {

    /** What the projector window gives a module projection: 1920 × 1080 less its title band and padding. */
    private static final double ROOM_W = 1776;
    private static final double ROOM_H = 738;

    private MoodProjection checkIn;
    private MoodProjection checkOut;
    private final StackPane host = new StackPane();

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        SessionModelFixture t = new SessionModelFixture();
        I18n i18n = new I18n(Language.EN);
        MoodRoundViewModel in = new MoodRoundViewModel(t.model, t.fixture.stageId, MoodKind.CHECK_IN, t.ids, t.clock);
        String closing = t.model.session().agenda().stages().get(6).id();
        MoodRoundViewModel out = new MoodRoundViewModel(t.model, closing, MoodKind.CHECK_OUT, t.ids, t.clock);
        in.start();
        for (int score : new int[] {1, 2, 2, 3, 3, 3, 4}) {
            in.add(null, score, List.of(Emotion.TIRED), List.of(), "");
        }
        in.reveal(true);
        out.start();
        for (int score : new int[] {3, 4, 4, 4, 5, 5, 5}) {
            out.add(null, score, List.of(Emotion.HOPEFUL), List.of(), "");
        }
        out.reveal(true);
        checkIn = new MoodProjection(in.feed(), i18n);
        checkOut = new MoodProjection(out.feed(), i18n);
        // The projector's surface: a 1920 x 1080 scene that is laid out and snapshotted, not shown
        // (the headless test screen is smaller than a projector). The shared test stage is left as
        // it is: resizing it would shrink the windows of the tests that run after this one.
        // The projector's light theme, as its window sets it on the root (decision 0100).
        host.setStyle(org.zielbild.ui.common.WallPalette.LIGHT.style());
        new Scene(host, 1920, 1080);
    }

    private Image showIn(FxRobot robot, MoodProjection projection, double w, double h) {
        Image[] shot = new Image[1];
        robot.interact(() -> {
            Region root = (Region) projection.root();
            host.getChildren().setAll(root);
            StackPane.setAlignment(root, javafx.geometry.Pos.TOP_LEFT);
            root.setMaxSize(w, h);
            host.applyCss();
            host.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> shot[0] = projection.root().snapshot(null, null));
        return shot[0];
    }

    private static int pixelsLike(Image image, Color colour) {
        PixelReader r = image.getPixelReader();
        int count = 0;
        for (int x = 0; x < image.getWidth(); x += 2) {
            for (int y = 0; y < image.getHeight(); y += 2) {
                Color c = r.getColor(x, y);
                if (Math.abs(c.getRed() - colour.getRed()) < 0.03 && Math.abs(c.getGreen() - colour.getGreen()) < 0.03
                        && Math.abs(c.getBlue() - colour.getBlue()) < 0.03) {
                    count++;
                }
            }
        }
        return count;
    }

    private static double tallestBar(MoodProjection p) {
        return p.chart().bars().stream().filter(b -> b.share() == 1.0).mapToDouble(MoodBar::barHeight).max().orElse(0);
    }

    private static Bounds inRoot(MoodProjection p, Node n) {
        return p.root().sceneToLocal(n.localToScene(n.getLayoutBounds()));
    }

    @Test
    void theCheckOutIsDrawnBesideTheCheckInWithBothMeans(FxRobot robot) {
        Image image = showIn(robot, checkOut, ROOM_W, ROOM_H);
        assertThat(checkOut.shown()).isEqualTo("results");
        assertThat(image.getWidth()).isEqualTo(ROOM_W);
        // Not a blank picture: the check-in bars (grey) and the check-out's "very good" bar (green) are there.
        assertThat(pixelsLike(image, Color.web("#d0d7de"))).as("check-in bars").isGreaterThan(2_000);
        assertThat(pixelsLike(image, Color.web("#009e73"))).as("check-out bar for 5").isGreaterThan(2_000);
        assertThat(pixelsLike(image, org.zielbild.ui.common.WallPalette.LIGHT.foreground())).as("text").isGreaterThan(2_000);
        assertThat(robot.from(checkOut.root()).lookup("#moodMeanBefore").queryAs(Label.class).getText()).isEqualTo("2.6");
        assertThat(robot.from(checkOut.root()).lookup("#moodMean").queryAs(Label.class).getText()).isEqualTo("4.3");
        assertThat(robot.from(checkOut.root()).lookup("#moodLegend").tryQuery()).isPresent();
        assertThat(checkOut.chart().bars()).hasSize(10);
    }

    @Test
    void inTheProjectorsRoomNothingRunsOverTheEdgesOrUnderTheTitle(FxRobot robot) {
        for (MoodProjection p : List.of(checkIn, checkOut)) {
            showIn(robot, p, ROOM_W, ROOM_H);
            Node results = robot.from(p.root()).lookup("#moodResults").query();
            Bounds body = inRoot(p, results);
            Bounds status = inRoot(p, robot.from(p.root()).lookup(".projection-status").query());
            assertThat(body.getMinY()).as("below the status line").isGreaterThanOrEqualTo(status.getMaxY());
            assertThat(body.getMaxY()).as("inside the room").isLessThanOrEqualTo(ROOM_H);
            for (Node n : robot.from(results).lookup(".label").queryAll()) {
                Bounds b = inRoot(p, n);
                assertThat(b.getMaxY()).as(((Label) n).getText()).isLessThanOrEqualTo(ROOM_H);
                assertThat(b.getMaxX()).as(((Label) n).getText()).isLessThanOrEqualTo(ROOM_W);
                Label l = (Label) n;
                // Not cut: as wide as the text on one line, or (when it wraps) as high as its lines.
                double need = l.isWrapText() ? l.prefHeight(l.getWidth()) : l.prefWidth(-1);
                assertThat(l.isWrapText() ? l.getHeight() : l.getWidth()).as("cut: " + l.getText())
                        .isGreaterThanOrEqualTo(need - 1);
            }
            assertThat(tallestBar(p)).as("bars use the height").isGreaterThan(0.35 * ROOM_H);
        }
    }

    @Test
    void onAWholeSurfaceTheChartTakesTheHeightBelowTheTitle(FxRobot robot) {
        showIn(robot, checkIn, 1920, 1080);
        assertThat(tallestBar(checkIn)).as("no empty band above the chart").isGreaterThan(0.5 * 1080);
    }
}
