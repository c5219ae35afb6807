package org.zielbild.ui.modules.target;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.control.Labeled;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.config.ProjectorTheme;
import org.zielbild.domain.Language;
import org.zielbild.domain.Session;
import org.zielbild.domain.target.CountingBase;
import org.zielbild.domain.target.RatingMode;
import org.zielbild.domain.target.RatingRound;
import org.zielbild.domain.target.RoundItem;
import org.zielbild.domain.target.StartRatingRound;
import org.zielbild.domain.target.Threshold;
import org.zielbild.testing.BoardFixture;
import org.zielbild.testing.CutText;
import org.zielbild.testing.TargetSamples;

/**
 * The wall with realistic content (23 people, 60 notes, six statements): the poster, a show of
 * hands, private ballots and the results, in a 1280 × 720 beamer window and on the 1920 × 1080 design surface
 * (design px = 1080p px), in English and German, light
 * and dark. No text cut, nothing below 28 px (TilesFX's ring included), nothing outside the room
 * below the title band, never blank, and the theme's colours really drawn.
 */
@ExtendWith(ApplicationExtension.class)
class TargetWallLayoutFxTest {

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    private record Wall(String name, Function<Language, Session> session, boolean results) {
    }

    private static final List<Wall> WALLS = List.of(
            new Wall("poster", TargetSamples::poster, false),
            new Wall("hands", lang -> hands(TargetSamples.poster(lang)), false),
            new Wall("ballots", TargetSamples::voting, false),
            new Wall("results", TargetSamples::rated, true));

    /** An open show of hands over every statement, the third one being counted. */
    private static Session hands(Session s) {
        List<RoundItem> items = new ArrayList<>(s.target().statements().stream().map(RoundItem::of).toList());
        items.add(RoundItem.wholePicture());
        return StartRatingRound.atEnd(RatingRound.start("r-h", TargetSamples.stage(s), RatingMode.SHOW_OF_HANDS,
                CountingBase.CAST, Threshold.THREE_QUARTERS, 23, true, items, BoardFixture.T0)).apply(s);
    }

    @Test
    void everyWallIsReadableWholeAndInsideTheRoomInBothLanguagesThemesAndSizes() {
        List<String> problems = new ArrayList<>();
        for (Wall wall : WALLS) {
            for (Language lang : Language.values()) {
                Session session = wall.session().apply(lang);
                for (ProjectorTheme theme : ProjectorTheme.values()) {
                    problems.addAll(check(wall, session, lang, theme, 1280));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private List<String> check(Wall wall, Session session, Language lang, ProjectorTheme theme, double width) {
        String where = wall.name() + " " + lang + " " + theme + ": ";
        List<String> problems = new ArrayList<>();
        WallHarness h = WaitForAsyncUtils.waitForAsyncFx(20_000, () -> {
            WallHarness built = new WallHarness(session, lang, theme, width);
            if (wall.results()) {
                built.vm.wallShowsResultsProperty().set(true);
            }
            if (wall.name().equals("hands")) {
                built.vm.countingFocusProperty().set(2);
            }
            built.layout();
            return built;
        });
        WaitForAsyncUtils.waitForFxEvents(); // the TilesFX skin sizes its texts after the first pulse
        WaitForAsyncUtils.waitForAsyncFx(20_000, () -> {
            h.layout();
            if (!h.projection.state().equals(expected(wall))) {
                problems.add(where + "shows " + h.projection.state());
            }
            CutText.in(h.scene).forEach(p -> problems.add(where + p));
            List<Text> texts = h.texts();
            if (texts.size() < 4) {
                problems.add(where + "nearly blank: " + texts.size() + " texts");
            }
            double roomW = 1920 - 144;
            double roomH = 1080 - 270 - 72;
            for (Text t : texts) {
                if (t.getFont().getSize() < 28) {
                    problems.add(where + "“" + t.getText() + "” is " + t.getFont().getSize() + " px");
                }
                Bounds b = h.inContent(t);
                if (b.getMaxX() > roomW + 72 + 1 || b.getMaxY() > roomH + 16 + 1) {
                    problems.add(where + "“" + t.getText() + "” runs out of the room: " + b);
                }
            }
            h.scene.getRoot().lookupAll(".label").forEach(n -> {
                if (n instanceof Labeled l && l.isVisible() && l.getText() != null && !l.getText().isBlank()
                        && l.getHeight() + 1 < l.prefHeight(l.getWidth()) && l.isWrapText()) {
                    problems.add(where + "“" + l.getText() + "” is shorter than its lines");
                }
            });
            // 1280 × 720: the window as the beamer shows it; 1920 × 1080: the design surface itself.
            Image small = h.scene.snapshot(null);
            if (small.getWidth() != 1280 || small.getHeight() != 720 || luminanceSpread(small) < 0.2) {
                problems.add(where + "the 1280 × 720 picture is blank or the wrong size");
            }
            {
                Image shot = h.surface.snapshot(null, null);
                keep(shot, wall.name() + "-" + lang + "-" + theme);
                if (shot.getWidth() != 1920 || shot.getHeight() != 1080) {
                    problems.add(where + "the design surface is " + shot.getWidth() + " × " + shot.getHeight());
                }
                javafx.scene.Node card = java.util.stream.Stream.of(".poster-card", ".round-item", ".result-item")
                        .map(c -> h.projection.root().lookup(c)).filter(java.util.Objects::nonNull).findFirst().orElseThrow();
                Bounds cb = h.surface.sceneToLocal(card.localToScene(card.getLayoutBounds()));
                double cardLuminance = luminanceAt(shot, (int) cb.getMaxX() - 30, (int) cb.getMaxY() - 6);
                boolean dark = theme == ProjectorTheme.DARK;
                if (dark ? cardLuminance > 0.3 : cardLuminance < 0.7) {
                    problems.add(where + "the theme's colours are not drawn (luminance " + cardLuminance + ")");
                }
            }
            h.close();
        });
        return problems;
    }

    private static String expected(Wall wall) {
        return switch (wall.name()) {
            case "hands", "ballots" -> "ROUND";
            case "results" -> "RESULTS";
            default -> "POSTER";
        };
    }

    /** Writes the 1920 × 1080 picture to {@code <wall.shots>/target-<name>.png} when that property names a folder. */
    private static void keep(Image shot, String name) {
        String dir = System.getProperty("wall.shots");
        if (dir != null) {
            try {
                java.nio.file.Files.createDirectories(java.nio.file.Path.of(dir));
                java.io.File file = java.nio.file.Path.of(dir, "target-" + name.toLowerCase(java.util.Locale.ROOT) + ".png")
                        .toFile();
                org.zielbild.ui.common.PngFiles.write(shot, file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** How far the darkest and the lightest sampled pixels lie apart: 0 for a blank picture. */
    private static double luminanceSpread(Image image) {
        double min = 1;
        double max = 0;
        for (int x = 0; x < image.getWidth(); x += 7) {
            for (int y = 0; y < image.getHeight(); y += 7) {
                double l = luminanceAt(image, x, y);
                min = Math.min(min, l);
                max = Math.max(max, l);
            }
        }
        return max - min;
    }

    private static double luminanceAt(Image image, int x, int y) {
        Color c = image.getPixelReader().getColor(x, y);
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }
}
