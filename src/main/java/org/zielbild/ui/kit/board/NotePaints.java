package org.zielbild.ui.kit.board;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.paint.Color;
import org.zielbild.domain.board.Note;
import org.zielbild.domain.roster.Team;
import org.zielbild.domain.roster.TeamColor;

/**
 * How a note is coloured: its own colour, else its team's, else sticky-note yellow. The note is a
 * pale tint with a strip of the full colour, so dark text stays readable on every palette colour.
 */
final class NotePaints {

    static final Color TEXT = Color.web("#1b1f24");
    static final Color MUTED = Color.web("#424a53");
    static final Color SELECTION = Color.web("#0969da");
    /** The ballot screen's keyboard cursor: darker and wider than the selection ring. */
    static final Color CURSOR = Color.web("#8250df");
    static final Color DROP_TARGET = Color.web("#1a7f37");
    static final Color BADGE = Color.web("#24292f");
    static final Color VOTER_DOT = Color.web("#cf222e");
    static final Color FRAME = Color.web("#57606a");
    static final Color FRAME_FILL = Color.web("#57606a", 0.07);
    static final Color BAND = Color.web("#f6f8fa");
    static final Color BACKGROUND = Color.WHITE;

    private final Map<TeamColor, Color> tints = new EnumMap<>(TeamColor.class);
    private final Map<TeamColor, Color> strong = new EnumMap<>(TeamColor.class);

    NotePaints(double tint) {
        for (TeamColor c : TeamColor.values()) {
            Color full = Color.web(c.hex());
            strong.put(c, full);
            tints.put(c, full.interpolate(Color.WHITE, tint));
        }
    }

    static TeamColor colorOf(Note n, BoardSnapshot s) {
        if (n.color() != null) {
            return n.color();
        }
        return s.team(n.teamId()).map(Team::color).orElse(TeamColor.YELLOW);
    }

    Color fill(TeamColor c) {
        return tints.get(c);
    }

    Color strong(TeamColor c) {
        return strong.get(c);
    }
}
