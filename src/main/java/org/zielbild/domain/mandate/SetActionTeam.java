package org.zielbild.domain.mandate;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Moves an action to another team (null: the whole session). */
public record SetActionTeam(String actionId, String teamId) implements Change {

    @Override
    public Session apply(Session session) {
        MandateEdits.requireTeamOrNone(session, teamId);
        return MandateEdits.editAction(session, actionId, a -> a.withTeam(teamId));
    }

    @Override
    public Change inverse(Session before) {
        return MandateEdits.restoreAction(before, actionId);
    }

    @Override
    public Message describe() {
        return Message.of("change.mandate.actionTeam");
    }
}
