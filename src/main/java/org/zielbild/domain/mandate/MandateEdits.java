package org.zielbild.domain.mandate;

import java.util.function.UnaryOperator;
import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Session;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.roster.Team;

/**
 * The one way mandate and action changes touch the slice: a team's mandate is edited as a whole
 * value (an empty one when nothing was written yet) and undone by putting the whole value back, so
 * every inverse is exact; the copies of team and owner names are refreshed on every edit.
 */
final class MandateEdits {

    private MandateEdits() {
    }

    /** Edits the team's mandate; a team not (or no longer) in the roster only if it has one. */
    static Session edit(Session s, String teamId, UnaryOperator<Mandate> update) {
        Mandates m = s.mandates();
        Mandate current = m.mandate(teamId).orElseGet(() -> Mandate.empty(teamId, s.roster().requireTeam(teamId).name()));
        Mandate updated = update.apply(current);
        String name = s.roster().team(teamId).map(Team::name).orElse(updated.teamName());
        return s.withMandates(m.withMandate(teamId, updated.withTeamName(name), -1));
    }

    /** Puts the team's mandate back as it is in {@code before} (or removes it when it had none). */
    static Change restore(Session before, String teamId) {
        Mandates m = before.mandates();
        return new RestoreMandate(teamId, m.mandate(teamId).orElse(null), m.indexOfMandate(teamId));
    }

    /** Edits an action; the owner's name copy follows the roster while the owner is in it. */
    static Session editAction(Session s, String actionId, UnaryOperator<Action> update) {
        return s.withMandates(s.mandates().withActionUpdated(actionId, a -> refreshed(s, update.apply(a))));
    }

    static Action refreshed(Session s, Action a) {
        if (a.ownerId() == null) {
            return a.ownerName().isEmpty() ? a : a.withOwner(null, "");
        }
        return s.roster().participant(a.ownerId()).map(p -> a.withOwner(p.id(), p.name())).orElse(a);
    }

    static Change restoreAction(Session before, String actionId) {
        return new RestoreAction(before.mandates().requireAction(actionId));
    }

    static void requireTeamOrNone(Session s, String teamId) {
        if (teamId != null) {
            s.roster().requireTeam(teamId);
        }
    }

    static Participant requireOwner(Session s, String ownerId) {
        return s.roster().participant(ownerId).orElseThrow(() -> DomainException.of("error.mandate.ownerNotParticipant"));
    }

    /** A new link must point at something that exists now. */
    static void requireLinkTarget(Session s, ActionLink link) {
        if (link == null) {
            return;
        }
        if (link.kind() == ActionLink.Kind.STATEMENT) {
            s.target().requireStatement(link.targetId());
        } else {
            s.roster().requireTeam(link.targetId());
        }
    }
}
