package org.zielbild.domain.target;

import java.util.Objects;
import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** One private ballot; in an anonymous round it must not name anyone. */
public record CastRatingBallot(String roundId, RatingBallot ballot) implements Change {

    public CastRatingBallot {
        Objects.requireNonNull(ballot, "ballot");
    }

    @Override
    public Session apply(Session session) {
        return session.withTarget(session.target()
                .withRoundUpdated(roundId, r -> r.withBallot(ballot, session.roster())));
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
