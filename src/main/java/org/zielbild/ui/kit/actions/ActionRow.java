package org.zielbild.ui.kit.actions;

import java.time.LocalDate;
import org.zielbild.domain.Session;
import org.zielbild.domain.mandate.Action;
import org.zielbild.domain.mandate.MandateTeams;

/**
 * One action as a list shows it: the action and what it reads as in the session now (team, owner,
 * link), with the flags the list marks in words (former participant, overdue, removed link).
 */
public record ActionRow(Action action, String teamName, boolean teamRemoved, String ownerName, boolean formerOwner,
                        boolean overdue, String linkText, boolean linkGone) {

    public static ActionRow of(Session s, Action a, LocalDate today) {
        boolean teamRemoved = a.teamId() != null && s.roster().team(a.teamId()).isEmpty();
        return new ActionRow(a, MandateTeams.teamName(s, a.teamId()), teamRemoved, MandateTeams.ownerName(s, a),
                MandateTeams.formerOwner(s, a), a.overdue(today), MandateTeams.linkText(s, a.link()),
                MandateTeams.linkGone(s, a.link()));
    }

    public String id() {
        return action.id();
    }
}
