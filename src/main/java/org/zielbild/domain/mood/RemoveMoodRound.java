package org.zielbild.domain.mood;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Discards a mood round and its entries; undo brings them back. */
public record RemoveMoodRound(String roundId) implements Change {

    @Override
    public Session apply(Session session) {
        return session.withMoods(session.moods().withoutRound(roundId));
    }

    @Override
    public Change inverse(Session before) {
        Moods moods = before.moods();
        return new AddMoodRound(moods.requireRound(roundId), moods.indexOf(roundId));
    }

    @Override
    public Message describe() {
        return Message.of("change.mood.discard");
    }
}
