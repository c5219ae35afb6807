package org.zielbild.domain;

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
