package org.zielbild.domain.mood;

import java.util.Objects;
import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Starts a mood round (or, as an undo, puts a removed one back with its entries). */
public record AddMoodRound(MoodRound round, int index) implements Change {

    public AddMoodRound {
        Objects.requireNonNull(round, "round");
    }

    public static AddMoodRound atEnd(MoodRound round) {
        return new AddMoodRound(round, -1);
    }

    @Override
    public Session apply(Session session) {
        session.agenda().require(round.stageId());
        return session.withMoods(session.moods().withRoundAt(index, round, session.roster()));
    }

    @Override
    public Change inverse(Session before) {
        return new RemoveMoodRound(round.id());
    }

    @Override
    public Message describe() {
        return Message.of(round.kind() == MoodKind.CHECK_IN ? "change.mood.startCheckIn" : "change.mood.startCheckOut");
    }
}
