package org.zielbild.domain.board;

import java.util.Objects;
import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

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
