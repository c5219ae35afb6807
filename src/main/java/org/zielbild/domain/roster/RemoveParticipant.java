package org.zielbild.domain.roster;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Removes a participant. */
public record RemoveParticipant(String participantId) implements Change {

    @Override
    public Session apply(Session session) {
        return session.withRoster(session.roster().withoutParticipant(participantId));
    }

    @Override
    public Change inverse(Session before) {
        Roster roster = before.roster();
        return new AddParticipant(roster.requireParticipant(participantId), roster.indexOfParticipant(participantId));
    }

    @Override
    public Message describe() {
        return Message.of("change.removeParticipant");
    }
}
