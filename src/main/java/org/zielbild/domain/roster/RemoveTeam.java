package org.zielbild.domain.roster;

import java.util.ArrayList;
import java.util.List;
import org.zielbild.domain.Batch;
import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Removes a team; its members stay in the session, in no team. */
public record RemoveTeam(String teamId) implements Change {

    @Override
    public Session apply(Session session) {
        return session.withRoster(session.roster().withoutTeam(teamId));
    }

    @Override
    public Change inverse(Session before) {
        Roster roster = before.roster();
        List<Change> restore = new ArrayList<>();
        restore.add(new AddTeam(roster.requireTeam(teamId), roster.indexOfTeam(teamId)));
        roster.members(teamId).forEach(p -> restore.add(new SetParticipantTeam(p.id(), teamId)));
        return new Batch(Message.of("change.restoreTeam"), restore);
    }

    @Override
    public Message describe() {
        return Message.of("change.removeTeam");
    }
}
