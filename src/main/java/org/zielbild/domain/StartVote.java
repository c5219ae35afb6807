package org.zielbild.domain;

import java.util.Objects;

/** Opens a dot vote on a board (replacing a previous one; undo brings that back). */
public record StartVote(String boardId, DotVote vote) implements Change {

    public StartVote {
        Objects.requireNonNull(vote, "vote");
    }

    @Override
    public Session apply(Session session) {
        if (!vote.ballots().isEmpty() || vote.revealed()) {
            throw DomainException.of("error.vote.notFresh");
        }
        return new RestoreVote(boardId, vote).apply(session);
    }

    @Override
    public Change inverse(Session before) {
        return new RestoreVote(boardId, vote).inverse(before);
    }

    @Override
    public Message describe() {
        return Message.of("change.vote.start", vote.dotsPerParticipant());
    }
}
