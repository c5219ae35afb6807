package org.zielbild.domain.roster;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.domain.Texts;

/** Adds a participant at {@code index} (or at the end when the index is out of range). */
public record AddParticipant(Participant participant, int index) implements Change {

    public static AddParticipant atEnd(Participant participant) {
        return new AddParticipant(participant, -1);
    }

    @Override
    public Session apply(Session session) {
        return session.withRoster(session.roster().withParticipantAt(index, participant));
    }

    @Override
    public Change inverse(Session before) {
        return new RemoveParticipant(participant.id());
    }

    @Override
    public Message describe() {
        return Message.of("change.addParticipant", Texts.singleLine(participant.name()));
    }
}
