package org.zielbild.domain.coaching;

import java.util.Objects;
import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/**
 * Puts a withdrawn ballot back as it was (the undo of {@link WithdrawCoachBallot}): also when its
 * participant or one of its coaches has left since, which a new {@link CastCoachBallot} refuses.
 */
public record RestoreCoachBallot(CoachBallot ballot) implements Change {

    public RestoreCoachBallot {
        Objects.requireNonNull(ballot, "ballot");
    }

    @Override
    public Session apply(Session session) {
        Coaching c = session.coaching();
        if (c.hasVoted(ballot.participantId())) {
            throw DomainException.of("error.coaching.alreadyVoted", ballot.participantId());
        }
        return session.withCoaching(c.withBallots(CastCoachBallot.with(c.ballots(), ballot)));
    }

    @Override
    public Change inverse(Session before) {
        return new WithdrawCoachBallot(ballot.participantId());
    }

    @Override
    public Message describe() {
        return Message.of("change.coaching.restoreBallot");
    }
}
