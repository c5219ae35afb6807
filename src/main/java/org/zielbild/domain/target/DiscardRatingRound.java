package org.zielbild.domain.target;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Discards a rating round and its answers; undo brings them back. */
public record DiscardRatingRound(String roundId) implements Change {

    @Override
    public Session apply(Session session) {
        return session.withTarget(session.target().withoutRound(roundId));
    }

    @Override
    public Change inverse(Session before) {
        TargetPicture t = before.target();
        return new StartRatingRound(t.requireRound(roundId), t.indexOfRound(roundId));
    }

    @Override
    public Message describe() {
        return Message.of("change.target.discardRound");
    }
}
