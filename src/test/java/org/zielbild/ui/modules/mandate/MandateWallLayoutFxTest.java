package org.zielbild.ui.modules.mandate;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
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
import org.zielbild.domain.mandate.Action;
import org.zielbild.domain.mandate.ActionStatus;
import org.zielbild.domain.mandate.AddAction;
import org.zielbild.domain.mandate.AddBehaviour;
import org.zielbild.domain.mandate.AddGuideline;
import org.zielbild.domain.mandate.Behaviour;
import org.zielbild.domain.mandate.Guideline;
import org.zielbild.domain.roster.AddTeam;
import org.zielbild.domain.roster.Team;
import org.zielbild.domain.roster.TeamColor;
import org.zielbild.session.SessionService;
import org.zielbild.testing.CutText;
import org.zielbild.testing.MandateSamples;
import org.zielbild.testing.WallFxSupport;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.Notifier;
import org.zielbild.ui.common.SessionModel;
import org.zielbild.ui.shell.projector.ProjectorWindow;

/**
 * The mandates wall with realistic content (23 people, the rated picture, two teams' mandates) and
 * with a crowded card (40 actions, long guidelines) and eight teams: progress, a team's card and the
 * coverage matrix at 1920 × 1080 and 1280 × 720, English and German, light and dark. No text cut,
 * nothing below 28 px, every text at least 4.5:1 on what is behind it, nothing outside the room
 * below the title band, never blank, and the theme's colours really drawn.
 */
@ExtendWith(ApplicationExtension.class)
class MandateWallLayoutFxTest {

    private static final Clock CLOCK = Clock.fixed(MandateSamples.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    private record Wall(String name, UnaryOperator<Session> content, MandateWall.State state) {
    }

    private static final List<Wall> WALLS = List.of(
            new Wall("progress", s -> s, MandateWall.State.PROGRESS),
            new Wall("eight teams", MandateWallLayoutFxTest::eightTeams, MandateWall.State.PROGRESS),
            new Wall("card", s -> s, MandateWall.State.CARD),
            new Wall("crowded card", MandateWallLayoutFxTest::crowded, MandateWall.State.CARD),
            new Wall("coverage", s -> s, MandateWall.State.COVERAGE),
            new Wall("coverage of eight teams", MandateWallLayoutFxTest::eightTeams, MandateWall.State.COVERAGE));

    static Session eightTeams(Session s) {
        String[] names = {"Customer Success", "Finance & Controlling", "Kundendienst Außendienst", "People", "Legal"};
        for (int i = 0; i < names.length; i++) {
            s = AddTeam.atEnd(new Team("tx" + i, names[i], TeamColor.forIndex(i + 3))).apply(s);
        }
        return s;
    }

    /** Sales with 40 actions and four long guidelines with three behaviours each. */
    static Session crowded(Session s) {
        for (int g = 0; g < 4; g++) {
            s = new AddGuideline("t0", Guideline.of("cg" + g, "A rather long guideline number " + (g + 1)
                    + " that says how we work together every single day"), -1).apply(s);
            for (int b = 0; b < 3; b++) {
                s = new AddBehaviour("t0", "cg" + g, new Behaviour("cb" + g + b, "We do something concrete " + b,
                        "in a way everyone can see and check"), -1).apply(s);
            }
        }
        for (int a = 0; a < 40; a++) {
            s = AddAction.atEnd(new Action("ca" + a, "t0", "Follow-up action number " + (a + 1) + " with a longer description",
                    "p" + (a % 12), "", LocalDate.of(2027, 1, 1).plusDays(a), "", ActionStatus.OPEN, null, null)).apply(s);
        }
        return s;
    }

    @Test
    void everyWallIsReadableWholeAndInsideTheRoomInBothLanguagesThemesAndSizes() {
        List<String> problems = new ArrayList<>();
        for (Wall wall : WALLS) {
            for (Language lang : Language.values()) {
                Session session = wall.content().apply(MandateSamples.day(lang));
                for (ProjectorTheme theme : ProjectorTheme.values()) {
                    for (double width : new double[] {1920, 1280}) {
                        problems.addAll(check(wall, session, lang, theme, width));
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private List<String> check(Wall wall, Session session, Language lang, ProjectorTheme theme, double width) {
        String where = wall.name() + " " + lang + " " + theme + " " + (int) width + ": ";
        List<String> problems = new ArrayList<>();
        WallSurface[] surface = new WallSurface[1];
        MandateProjection[] projection = new MandateProjection[1];
        WaitForAsyncUtils.waitForAsyncFx(20_000, () -> {
            SessionModel model = new SessionModel(SessionService.inMemory(session), Notifier.SILENT);
            AtomicInteger n = new AtomicInteger();
            I18n i18n = new I18n(lang);
            MandateViewModel vm = new MandateViewModel(model, () -> "w" + n.incrementAndGet(), CLOCK, i18n);
            vm.presentingProperty().set(wall.state() == MandateWall.State.CARD);
            vm.coverageShownProperty().set(wall.state() == MandateWall.State.COVERAGE);
            projection[0] = new MandateProjection(vm.feed(), i18n);
            surface[0] = new WallSurface(projection[0].root(), "Team mandates", theme, width);
            surface[0].layout();
        });
        WaitForAsyncUtils.waitForFxEvents(); // TilesFX builds its skin on the first pulse
        WaitForAsyncUtils.waitForAsyncFx(20_000, () -> {
            WallSurface h = surface[0];
            h.layout();
            if (!projection[0].state().equals(wall.state().name())) {
                problems.add(where + "shows " + projection[0].state());
            }
            CutText.in(h.scene).forEach(p -> problems.add(where + p));
            WallFxSupport.lowContrast(h.scene.getRoot(), ProjectorWindow.palette(theme).background())
                    .forEach(p -> problems.add(where + "below 4.5:1: " + p));
            List<Text> texts = new ArrayList<>();
            collect(projection[0].root(), texts);
            if (texts.size() < 6) {
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
                if (n instanceof Labeled l && shown(l) && l.getText() != null && !l.getText().isBlank()
                        && l.isWrapText() && l.getHeight() + 1 < l.prefHeight(l.getWidth())) {
                    problems.add(where + "“" + l.getText() + "” is shorter than its lines");
                }
            });
            if (width == 1920) {
                Node card = java.util.stream.Stream.of(".progress-card", ".mandate-card", ".matrix-head")
                        .flatMap(c -> projection[0].root().lookupAll(c).stream()).filter(Node::isVisible).findFirst().orElseThrow();
                Image shot = h.scene.getRoot().snapshot(null, null);
                Bounds cb = card.localToScene(card.getLayoutBounds());
                Color c = shot.getPixelReader().getColor((int) cb.getMaxX() - 12, (int) cb.getMaxY() - 4);
                double luminance = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
                boolean dark = theme == ProjectorTheme.DARK;
                if (dark ? luminance > 0.3 : luminance < 0.7) {
                    problems.add(where + "the theme's colours are not drawn (luminance " + luminance + ")");
                }
            }
        });
        return problems;
    }

    /** Visible with every parent: a hidden status line keeps its text but draws nothing. */
    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
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
}
