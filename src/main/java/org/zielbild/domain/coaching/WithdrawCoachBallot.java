package org.zielbild.domain.coaching;

import java.util.ArrayList;
import java.util.List;
import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/**
 * Withdraws a ballot so the person can vote again, or discards the ballot of someone who has left
 * the roster. Undo puts it back exactly as it was.
 */
public record WithdrawCoachBallot(String participantId) implements Change {

    @Override
    public Session apply(Session session) {
        Coaching c = session.coaching();
        CoachBallot ballot = require(c);
        List<CoachBallot> list = new ArrayList<>(c.ballots());
        list.remove(ballot);
        return session.withCoaching(c.withBallots(list));
    }

    private CoachBallot require(Coaching c) {
        return c.ballotOf(participantId).orElseThrow(() -> DomainException.of("error.coaching.noBallot"));
    }

    @Override
    public Change inverse(Session before) {
        return new RestoreCoachBallot(require(before.coaching()));
    }

    @Override
    public Message describe() {
        return Message.of("change.coaching.withdraw");
    }
}
