package org.zielbild.ui.kit.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.zielbild.domain.roster.TeamColor;
import org.zielbild.ui.common.WallPalette;

/** The board's colours in both wall palettes and on the laptop (0100): text stays readable on every note. */
class NotePaintsTest {

    @Test
    void noteTextAndLabelsReach45To1OnEveryNoteColourInBothPalettes() {
        for (RenderStyle style : RenderStyle.values()) {
            for (WallPalette palette : WallPalette.values()) {
                NotePaints paints = new NotePaints(style.tint, palette);
                List<TeamColor> colours = new ArrayList<>(Arrays.asList(TeamColor.values()));
                colours.add(null);
                for (TeamColor c : colours) {
                    assertThat(WallPalette.contrast(paints.text, paints.fill(c)))
                            .as("%s %s text on %s", style, palette, c).isGreaterThanOrEqualTo(4.5);
                    assertThat(WallPalette.contrast(paints.muted, paints.fill(c)))
                            .as("%s %s team name on %s", style, palette, c).isGreaterThanOrEqualTo(4.5);
                }
                assertThat(WallPalette.contrast(paints.badgeText, paints.badge)).isGreaterThanOrEqualTo(4.5);
                assertThat(WallPalette.contrast(paints.muted, paints.band)).as("area names").isGreaterThanOrEqualTo(4.5);
            }
        }
    }

    @Test
    void aNoteWithoutATeamNeverSharesATeamsColour() {
        for (WallPalette palette : WallPalette.values()) {
            NotePaints paints = new NotePaints(RenderStyle.PROJECTION.tint, palette);
            assertThat(paints.strong(null)).as("no strip").isNull();
            for (TeamColor c : TeamColor.values()) {
                assertThat(distance(paints.fill(null), paints.fill(c))).as("%s %s", palette, c).isGreaterThan(0.05);
            }
        }
    }

    private static double distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue());
    }
}
