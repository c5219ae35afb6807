package org.zielbild.domain.mood;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Shows or hides a mood round's results on the projector. */
public record RevealMoodRound(String roundId, boolean revealed) implements Change {

    @Override
    public Session apply(Session session) {
        return session.withMoods(session.moods().withRoundUpdated(roundId, r -> r.withRevealed(revealed)));
    }

    @Override
    public Change inverse(Session before) {
        return new RevealMoodRound(roundId, before.moods().requireRound(roundId).revealed());
    }

    @Override
    public Message describe() {
        return Message.of(revealed ? "change.mood.reveal" : "change.mood.hide");
    }
}
