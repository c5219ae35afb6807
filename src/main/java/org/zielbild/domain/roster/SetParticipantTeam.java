package org.zielbild.domain.roster;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Puts a participant into a team, or into none when {@code teamId} is null. */
public record SetParticipantTeam(String participantId, String teamId) implements Change {

    @Override
    public Session apply(Session session) {
        return session.withRoster(session.roster().withParticipantTeam(participantId, teamId));
    }

    @Override
    public Change inverse(Session before) {
        return new SetParticipantTeam(participantId, before.roster().requireParticipant(participantId).teamId());
    }

    @Override
    public Message describe() {
        return Message.of("change.setParticipantTeam");
    }
}
