package org.zielbild.ui.kit.board;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.paint.Color;
import org.zielbild.domain.board.Note;
import org.zielbild.domain.roster.Team;
import org.zielbild.domain.roster.TeamColor;
import org.zielbild.ui.common.WallPalette;

/**
 * The colours a board is drawn in, for one palette: the laptop's board is always light, the wall's
 * follows the projector's theme (docs/decisions/0100). A note is a tint of its colour with a strip
 * of the full colour: pale paper with dark text in the light palette, dark paper with light text in
 * the dark one, so the text reaches 4.5:1 on every team colour in both (a test checks).
 */
final class NotePaints {

    static final Color SELECTION = Color.web("#0969da");
    /** The ballot screen's keyboard cursor: darker and wider than the selection ring. */
    static final Color CURSOR = Color.web("#8250df");
    static final Color DROP_TARGET = Color.web("#1a7f37");
    static final Color VOTER_DOT = Color.web("#cf222e");

    final WallPalette palette;
    final Color text;
    final Color muted;
    final Color background;
    final Color band;
    final Color areaLine;
    final Color frame;
    final Color frameFill;
    final Color chip;
    final Color badge;
    final Color badgeText;
    private final Map<TeamColor, Color> tints = new EnumMap<>(TeamColor.class);
    private final Map<TeamColor, Color> strong = new EnumMap<>(TeamColor.class);
    private final Color noTeamFill;

    /** @param tint how far a note's fill is taken from its colour towards the paper (0 full colour, 1 paper) */
    NotePaints(double tint, WallPalette palette) {
        this.palette = palette;
        boolean dark = palette == WallPalette.DARK;
        text = palette.foreground();
        // Team names sit on tinted paper: a shade further from it than the wall's own muted grey.
        muted = dark ? Color.web("#c5ced8") : Color.web("#363c44");
        background = palette.background();
        band = dark ? Color.web("#151b23") : Color.web("#f6f8fa");
        areaLine = palette.border();
        frame = dark ? Color.web("#8b949e") : Color.web("#57606a");
        frameFill = Color.color(frame.getRed(), frame.getGreen(), frame.getBlue(), 0.07);
        chip = Color.color(background.getRed(), background.getGreen(), background.getBlue(), 0.9);
        badge = text;
        badgeText = background;
        // Dark paper keeps more of the colour: a pale note would glare in a dim room.
        Color paper = dark ? palette.surface() : Color.WHITE;
        double mix = dark ? 0.75 : tint;
        for (TeamColor c : TeamColor.values()) {
            Color full = Color.web(c.hex());
            strong.put(c, full);
            tints.put(c, full.interpolate(paper, mix));
        }
        noTeamFill = paper.interpolate(text, dark ? 0.06 : 0.04);
    }

    /** A note's own colour, else its team's; null when it has neither (drawn as plain paper). */
    static TeamColor colorOf(Note n, BoardSnapshot s) {
        if (n.color() != null) {
            return n.color();
        }
        return s.team(n.teamId()).map(Team::color).orElse(null);
    }

    Color fill(TeamColor c) {
        return c == null ? noTeamFill : tints.get(c);
    }

    /** The strip's colour; null for a note without a colour (it has no strip). */
    Color strong(TeamColor c) {
        return c == null ? null : strong.get(c);
    }
}
