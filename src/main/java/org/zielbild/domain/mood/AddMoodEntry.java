package org.zielbild.domain.mood;

import java.util.Objects;
import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Adds one person's mood to a round; in an anonymous round it must not name anyone. */
public record AddMoodEntry(String roundId, MoodEntry entry) implements Change {

    public AddMoodEntry {
        Objects.requireNonNull(entry, "entry");
    }

    @Override
    public Session apply(Session session) {
        return session.withMoods(session.moods().withRoundUpdated(roundId, r -> r.withEntry(entry, session.roster())));
    }

    @Override
    public Change inverse(Session before) {
        return new RemoveMoodEntry(roundId, entry.id());
    }

    @Override
    public Message describe() {
        return Message.of("change.mood.entry");
    }
}
