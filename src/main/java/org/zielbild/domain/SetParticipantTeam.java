package org.zielbild.domain;

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
