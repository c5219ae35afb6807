package org.zielbild.domain.target;

import java.util.Objects;
import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/**
 * Starts a rating round (or, as an undo, puts a discarded one back with its answers). Only one
 * round collects answers at a time.
 */
public record StartRatingRound(RatingRound round, int index) implements Change {

    public StartRatingRound {
        Objects.requireNonNull(round, "round");
    }

    public static StartRatingRound atEnd(RatingRound round) {
        return new StartRatingRound(round, -1);
    }

    @Override
    public Session apply(Session session) {
        session.agenda().require(round.stageId());
        return session.withTarget(session.target().withRoundAt(index, round, session.roster()));
    }

    @Override
    public Change inverse(Session before) {
        return new DiscardRatingRound(round.id());
    }

    @Override
    public Message describe() {
        return Message.of("change.target.startRound");
    }
}
