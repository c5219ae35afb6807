package org.zielbild.domain.target;

import java.util.Objects;
import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/**
 * Puts a withdrawn ballot back (redo after undo): checked like a cast, except that a named voter
 * marked absent since keeps the ballot they cast while present.
 */
public record RestoreRatingBallot(String roundId, RatingBallot ballot) implements Change {

    public RestoreRatingBallot {
        Objects.requireNonNull(ballot, "ballot");
    }

    @Override
    public Session apply(Session session) {
        return session.withTarget(session.target().withRoundUpdated(roundId, r -> r.withBallot(ballot, null)));
    }

    @Override
    public Change inverse(Session before) {
        return new WithdrawRatingBallot(roundId, ballot.id());
    }

    @Override
    public Message describe() {
        return Message.of("change.target.ballot");
    }
}
