package org.zielbild.domain.target;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Shows a round's results (then nothing more can be added to it), or hides them again. */
public record RevealRatingRound(String roundId, boolean revealed) implements Change {

    @Override
    public Session apply(Session session) {
        TargetPicture t = session.target();
        if (!revealed && t.openRound().filter(r -> !r.id().equals(roundId)).isPresent()) {
            throw org.zielbild.domain.DomainException.of("error.target.roundOpen");
        }
        return session.withTarget(t.withRoundUpdated(roundId, r -> r.withRevealed(revealed)));
    }

    @Override
    public Change inverse(Session before) {
        return new RevealRatingRound(roundId, before.target().requireRound(roundId).revealed());
    }

    @Override
    public Message describe() {
        return Message.of(revealed ? "change.target.reveal" : "change.target.hide");
    }
}
