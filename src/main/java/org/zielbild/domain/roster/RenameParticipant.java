package org.zielbild.domain.roster;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.domain.Texts;

/** Corrects a participant's name. */
public record RenameParticipant(String participantId, String name) implements Change {

    @Override
    public Session apply(Session session) {
        return session.withRoster(session.roster().withParticipantRenamed(participantId, name));
    }

    @Override
    public Change inverse(Session before) {
        return new RenameParticipant(participantId, before.roster().requireParticipant(participantId).name());
    }

    @Override
    public Message describe() {
        return Message.of("change.renameParticipant", Texts.singleLine(name));
    }
}
