package org.zielbild.domain.mandate;

import java.util.ArrayList;
import java.util.List;
import org.zielbild.domain.Batch;
import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/**
 * Moves a team's mandate and actions to another team (typically from a removed team): the texts are
 * joined, links and guidelines added to what the other team has, so nothing is lost.
 */
public record MoveMandate(String fromTeamId, String toTeamId) implements Change {

    @Override
    public Session apply(Session session) {
        if (fromTeamId.equals(toTeamId)) {
            throw DomainException.of("error.mandate.sameTeam");
        }
        Mandates m = session.mandates();
        if (m.mandate(fromTeamId).isEmpty() && m.actionsOf(fromTeamId).isEmpty()) {
            throw DomainException.of("error.mandate.nothingToMove");
        }
        session.roster().requireTeam(toTeamId);
        Session s = session;
        if (m.mandate(fromTeamId).isPresent()) {
            Mandate from = m.mandate(fromTeamId).orElseThrow();
            s = MandateEdits.edit(s, toTeamId, to -> to.mergedWith(from));
            s = s.withMandates(s.mandates().withMandate(fromTeamId, null, -1));
        }
        for (Action a : m.actionsOf(fromTeamId)) {
            s = MandateEdits.editAction(s, a.id(), x -> x.withTeam(toTeamId));
        }
        return s;
    }

    @Override
    public Change inverse(Session before) {
        List<Change> restore = new ArrayList<>();
        restore.add(MandateEdits.restore(before, fromTeamId));
        restore.add(MandateEdits.restore(before, toTeamId));
        before.mandates().actionsOf(fromTeamId).forEach(a -> restore.add(new RestoreAction(a)));
        return new Batch(describe(), restore);
    }

    @Override
    public Message describe() {
        return Message.of("change.mandate.move");
    }
}
