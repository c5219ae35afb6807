package org.zielbild.domain.target;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/**
 * Corrects how many are present while a round runs (someone left or came in); never below the
 * ballots or counts already given.
 */
public record SetRoundPresent(String roundId, int present) implements Change {

    @Override
    public Session apply(Session session) {
        return session.withTarget(session.target().withRoundUpdated(roundId, r -> r.withPresent(present)));
    }

    @Override
    public Change inverse(Session before) {
        return new SetRoundPresent(roundId, before.target().requireRound(roundId).present());
    }

    @Override
    public Message describe() {
        return Message.of("change.target.present", present);
    }
}
