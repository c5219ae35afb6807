package org.zielbild.ui.kit.board;

import org.zielbild.domain.board.Note;
import org.zielbild.domain.roster.Team;
import org.zielbild.ui.common.I18n;

/** The words of the wall's board, in the room's language (decision 0062). */
final class WallTexts {

    private final I18n i18n;
    private final BoardSnapshot snapshot;

    WallTexts(I18n i18n, BoardSnapshot snapshot) {
        this.i18n = i18n;
        this.snapshot = snapshot;
    }

    /** A note's secondary line: its team's name (always, for a team's note) and, once revealed, its dots. */
    String secondary(Note n) {
        String team = snapshot.team(n.teamId()).map(Team::name).orElse("");
        int dots = snapshot.revealed() ? snapshot.dotsOn(n.id()) : 0;
        String votes = dots > 0 ? i18n.t("board.wall.dots", dots) : "";
        return team.isEmpty() ? votes : votes.isEmpty() ? team : team + " · " + votes;
    }

    String count(int notes) {
        return i18n.t("board.wall.count", notes);
    }

    String more(int notes) {
        return i18n.t("board.wall.more", notes);
    }

    String moreClusters(int clusters, int notes) {
        return i18n.t("board.wall.moreClusters", clusters, notes);
    }

    String loose() {
        return i18n.t("board.wall.loose");
    }

    String order() {
        return i18n.t(snapshot.revealed() ? "board.wall.byVotes" : "board.wall.newest");
    }
}
