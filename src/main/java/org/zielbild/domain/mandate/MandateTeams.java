package org.zielbild.domain.mandate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zielbild.domain.Session;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.roster.Team;

/** Pure reads of the mandates: teams in roster order, then removed teams that still hold something. */
public final class MandateTeams {

    private MandateTeams() {
    }

    public static List<TeamMandate> of(Session session) {
        Mandates m = session.mandates();
        List<TeamMandate> out = new ArrayList<>();
        for (Team t : session.roster().teams()) {
            out.add(new TeamMandate(t.id(), t.name(), false, t.color(),
                    m.mandate(t.id()).orElse(Mandate.empty(t.id(), t.name())), m.actionsOf(t.id())));
        }
        Set<String> gone = new LinkedHashSet<>();
        m.mandates().forEach(x -> gone.add(x.teamId()));
        m.actions().stream().filter(a -> a.teamId() != null).forEach(a -> gone.add(a.teamId()));
        for (String id : gone) {
            if (session.roster().team(id).isEmpty()) {
                Mandate mandate = m.mandate(id).orElse(Mandate.empty(id, ""));
                out.add(new TeamMandate(id, mandate.teamName(), true, null, mandate, m.actionsOf(id)));
            }
        }
        return out;
    }

    public static Optional<TeamMandate> team(Session session, String teamId) {
        return of(session).stream().filter(t -> t.teamId().equals(teamId)).findFirst();
    }

    /** The owner's name: the participant's now, or the copy the action kept when they were removed. */
    public static String ownerName(Session session, Action action) {
        if (action.ownerId() == null) {
            return "";
        }
        return session.roster().participant(action.ownerId()).map(Participant::name).orElse(action.ownerName());
    }

    /** The action has an owner who is no longer a participant (flagged, still readable). */
    public static boolean formerOwner(Session session, Action action) {
        return action.ownerId() != null && session.roster().participant(action.ownerId()).isEmpty();
    }

    /** The linked statement or mandate was removed after the link was made. */
    public static boolean linkGone(Session session, ActionLink link) {
        if (link == null) {
            return false;
        }
        return link.kind() == ActionLink.Kind.STATEMENT ? session.target().statement(link.targetId()).isEmpty()
                : session.roster().team(link.targetId()).isEmpty();
    }

    /** The link's text now: the statement's or team's current words, or the copy when gone. */
    public static String linkText(Session session, ActionLink link) {
        if (link == null) {
            return "";
        }
        if (link.kind() == ActionLink.Kind.STATEMENT) {
            return session.target().statement(link.targetId()).map(s -> s.text()).orElse(link.text());
        }
        return session.roster().team(link.targetId()).map(Team::name).orElse(link.text());
    }

    /** The name of the action's team ("" for the whole session), a removed team's copy included. */
    public static String teamName(Session session, String teamId) {
        if (teamId == null) {
            return "";
        }
        return session.roster().team(teamId).map(Team::name)
                .orElseGet(() -> session.mandates().mandate(teamId).map(Mandate::teamName).orElse(""));
    }
}
