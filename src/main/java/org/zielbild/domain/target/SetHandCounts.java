package org.zielbild.domain.target;

import java.util.Objects;
import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** The typed yes and no counts of one item of a show-of-hands round. */
public record SetHandCounts(String roundId, int itemIndex, HandCounts counts) implements Change {

    public SetHandCounts {
        Objects.requireNonNull(counts, "counts");
    }

    @Override
    public Session apply(Session session) {
        return session.withTarget(session.target().withRoundUpdated(roundId, r -> r.withHands(itemIndex, counts)));
    }

    @Override
    public Change inverse(Session before) {
        RatingRound r = before.target().requireRound(roundId);
        HandCounts old = itemIndex >= 0 && itemIndex < r.items().size() ? r.items().get(itemIndex).hands()
                : HandCounts.NONE;
        return new SetHandCounts(roundId, itemIndex, old);
    }

    @Override
    public Message describe() {
        return Message.of("change.target.counts");
    }
}
