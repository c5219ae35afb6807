package org.zielbild.domain.target;

import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Takes a ballot out of a round that is still open (the undo of casting it). */
public record WithdrawRatingBallot(String roundId, String ballotId) implements Change {

    @Override
    public Session apply(Session session) {
        return session.withTarget(session.target().withRoundUpdated(roundId, r -> r.withoutBallot(ballotId)));
    }

    @Override
    public Change inverse(Session before) {
        RatingRound r = before.target().requireRound(roundId);
        return new RestoreRatingBallot(roundId,
                r.ballot(ballotId).orElseThrow(() -> DomainException.of("error.target.noBallot")));
    }

    @Override
    public Message describe() {
        return Message.of("change.target.withdrawBallot");
    }
}
