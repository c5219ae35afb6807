package org.zielbild.domain.mood;

import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Removes one entry from a mood round. */
public record RemoveMoodEntry(String roundId, String entryId) implements Change {

    @Override
    public Session apply(Session session) {
        return session.withMoods(session.moods().withRoundUpdated(roundId, r -> r.withoutEntry(entryId)));
    }

    @Override
    public Change inverse(Session before) {
        MoodRound round = before.moods().requireRound(roundId);
        return new AddMoodEntry(roundId, round.entry(entryId).orElseThrow(() -> DomainException.of("error.mood.noEntry")));
    }

    @Override
    public Message describe() {
        return Message.of("change.mood.removeEntry");
    }
}
