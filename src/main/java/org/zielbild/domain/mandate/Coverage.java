package org.zielbild.domain.mandate;

import java.util.ArrayList;
import java.util.List;
import org.zielbild.domain.Session;
import org.zielbild.domain.roster.Team;
import org.zielbild.domain.target.Statement;
import org.zielbild.domain.target.TargetResults;

/**
 * The coverage matrix: the statements that carried (rows, poster order) against the teams (columns,
 * roster order); a team serves a statement when its mandate links it. A statement no team serves is
 * {@link Row#uncovered()}, which the views say in words, not only by colour.
 */
public record Coverage(List<Team> teams, List<Row> rows) {

    /** One carried statement and, per team in {@link #teams()} order, whether its mandate serves it. */
    public record Row(String statementId, String text, List<Boolean> served) {

        public Row {
            served = List.copyOf(served);
        }

        public int servedBy() {
            return (int) served.stream().filter(b -> b).count();
        }

        public boolean uncovered() {
            return servedBy() == 0;
        }
    }

    public Coverage {
        teams = List.copyOf(teams);
        rows = List.copyOf(rows);
    }

    public static Coverage of(Session session) {
        List<Team> teams = session.roster().teams();
        List<Row> rows = new ArrayList<>();
        for (Statement s : TargetResults.carried(session.target())) {
            List<Boolean> served = new ArrayList<>();
            for (Team t : teams) {
                served.add(session.mandates().mandate(t.id()).map(m -> m.links(s.id())).orElse(false));
            }
            rows.add(new Row(s.id(), s.text(), served));
        }
        return new Coverage(teams, rows);
    }

    public List<Row> uncovered() {
        return rows.stream().filter(Row::uncovered).toList();
    }
}
