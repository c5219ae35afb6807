package org.zielbild.domain.roster;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Marks a participant as present today or not (attendance; present is the default). */
public record SetParticipantPresent(String participantId, boolean present) implements Change {

    @Override
    public Session apply(Session session) {
        return session.withRoster(session.roster().withParticipantPresent(participantId, present));
    }

    @Override
    public Change inverse(Session before) {
        return new SetParticipantPresent(participantId, before.roster().requireParticipant(participantId).present());
    }

    @Override
    public Message describe() {
        return Message.of(present ? "change.participantPresent" : "change.participantAbsent");
    }
}
