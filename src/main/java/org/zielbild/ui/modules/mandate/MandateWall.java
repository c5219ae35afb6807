package org.zielbild.ui.modules.mandate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zielbild.domain.DateTexts;
import org.zielbild.domain.Language;
import org.zielbild.domain.Session;
import org.zielbild.domain.mandate.Action;
import org.zielbild.domain.mandate.Coverage;
import org.zielbild.domain.mandate.Guideline;
import org.zielbild.domain.mandate.MandateTeams;
import org.zielbild.domain.mandate.Readiness;
import org.zielbild.domain.mandate.StatementLink;
import org.zielbild.domain.mandate.TeamMandate;
import org.zielbild.domain.roster.Team;
import org.zielbild.domain.roster.TeamColor;

/**
 * What the wall shows of the mandates, as one immutable value (the projection redraws only when it
 * differs): teams' progress while they work, one team's card while it presents, or the coverage
 * matrix. Texts only; dates already in the room's language. Nothing here can change the session.
 */
public record MandateWall(State state, List<Progress> progress, Card card, Matrix matrix) {

    public enum State {
        PROGRESS,
        CARD,
        COVERAGE
    }

    /** A team's readiness: "3 of 4". */
    public record Progress(String team, TeamColor color, boolean removed, int met, int total, List<Readiness.Item> missing) {
    }

    /** One linked statement; {@code removed}: gone from the picture since, shown with the copy. */
    public record CardStatement(String text, boolean removed) {
    }

    public record CardBehaviour(String what, String how) {
    }

    public record CardGuideline(String text, List<CardBehaviour> behaviours) {
    }

    /** One action: what, owner (with "former" flag), due date as the room reads it. */
    public record CardAction(String what, String owner, boolean formerOwner, String due, boolean overdue, boolean done) {
    }

    public record Card(String team, TeamColor color, boolean removed, String mandate, String value,
                       List<CardStatement> statements, List<CardGuideline> guidelines, List<CardAction> actions,
                       int position, int teams) {
    }

    /** The coverage matrix: team names (columns), statements (rows) and who serves what. */
    public record Matrix(List<String> teams, List<TeamColor> colors, List<String> statements, List<List<Boolean>> served) {
    }

    static MandateWall of(Session s, State state, String teamId, LocalDate today, Language room) {
        List<TeamMandate> teams = MandateTeams.of(s);
        List<Progress> progress = new ArrayList<>();
        for (TeamMandate t : teams) {
            if (t.removed() && t.mandate().isBlank() && t.actions().isEmpty()) {
                continue;
            }
            Readiness r = Readiness.of(t, s, today);
            progress.add(new Progress(t.name(), t.color(), t.removed(), r.met(), r.total(),
                    r.checks().stream().filter(c -> !c.met()).map(Readiness.Check::item).toList()));
        }
        Card card = null;
        for (int i = 0; i < teams.size(); i++) {
            if (teams.get(i).teamId().equals(teamId)) {
                card = card(s, teams.get(i), today, room, i + 1, teams.size());
            }
        }
        Coverage c = Coverage.of(s);
        Matrix matrix = new Matrix(c.teams().stream().map(Team::name).toList(), c.teams().stream().map(Team::color).toList(),
                c.rows().stream().map(Coverage.Row::text).toList(), c.rows().stream().map(Coverage.Row::served).toList());
        State shown = state == State.CARD && card == null ? State.PROGRESS : state;
        return new MandateWall(shown, List.copyOf(progress), card, matrix);
    }

    private static Card card(Session s, TeamMandate t, LocalDate today, Language room, int position, int count) {
        List<CardStatement> statements = new ArrayList<>();
        for (StatementLink l : t.mandate().statements()) {
            statements.add(new CardStatement(l.textIn(s.target()), l.removedFrom(s.target())));
        }
        List<CardGuideline> guidelines = new ArrayList<>();
        for (Guideline g : t.mandate().guidelines()) {
            guidelines.add(new CardGuideline(g.text(), g.behaviours().stream().map(b -> new CardBehaviour(b.what(), b.how())).toList()));
        }
        List<CardAction> actions = new ArrayList<>();
        for (Action a : t.actions()) {
            actions.add(new CardAction(a.what(), MandateTeams.ownerName(s, a), MandateTeams.formerOwner(s, a),
                    DateTexts.format(a.due(), room), a.overdue(today), a.status() == org.zielbild.domain.mandate.ActionStatus.DONE));
        }
        return new Card(t.name(), t.color(), t.removed(), t.mandate().text(), t.mandate().value(), statements, guidelines,
                actions, position, count);
    }
}
