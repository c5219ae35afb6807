package org.zielbild.ui.kit.mood;

import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.zielbild.domain.mood.MoodKind;
import org.zielbild.domain.mood.MoodRound;
import org.zielbild.domain.mood.MoodStats;

/**
 * One stage's mood round, read-only, for the room's view: the round and what it adds up to, and
 * for a check-out the day's check-in to compare with. It can apply no change and holds nothing that
 * could; made by {@link MoodRoundViewModel#feed()}.
 */
public final class MoodFeed {

    private final MoodKind kind;
    private final ReadOnlyObjectProperty<MoodRound> round;
    private final ReadOnlyObjectProperty<MoodStats> stats;
    private final ReadOnlyObjectProperty<MoodRound> before;
    private final ReadOnlyObjectProperty<MoodStats> beforeStats;

    MoodFeed(MoodKind kind, ReadOnlyObjectProperty<MoodRound> round, ReadOnlyObjectProperty<MoodStats> stats,
             ReadOnlyObjectProperty<MoodRound> before, ReadOnlyObjectProperty<MoodStats> beforeStats) {
        this.kind = Objects.requireNonNull(kind);
        this.round = Objects.requireNonNull(round);
        this.stats = Objects.requireNonNull(stats);
        this.before = Objects.requireNonNull(before);
        this.beforeStats = Objects.requireNonNull(beforeStats);
    }

    public MoodKind kind() {
        return kind;
    }

    /** The stage's round, null until it is started. */
    public ReadOnlyObjectProperty<MoodRound> roundProperty() {
        return round;
    }

    public ReadOnlyObjectProperty<MoodStats> statsProperty() {
        return stats;
    }

    /** For a check-out: the day's check-in, null when there was none. */
    public ReadOnlyObjectProperty<MoodRound> beforeProperty() {
        return before;
    }

    public ReadOnlyObjectProperty<MoodStats> beforeStatsProperty() {
        return beforeStats;
    }
}
