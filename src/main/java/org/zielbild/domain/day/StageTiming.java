package org.zielbild.domain.day;

import java.time.Duration;
import java.time.Instant;

/**
 * One line of the day view: a stage's plan against what actually happened.
 *
 * @param started null until the stage ran
 * @param ended   null until the stage ended
 * @param actual  the time the stage's clock ran (pauses not counted)
 */
public record StageTiming(String stageId, String title, int plannedMinutes, int extraMinutes, State state,
                          Instant started, Instant ended, Duration actual) {

    public enum State { NOT_STARTED, RUNNING, PAUSED, DONE }

    /** Actual minus planned: positive when the stage took (or is taking) longer than planned. */
    public Duration deviation() {
        return actual.minusMinutes(plannedMinutes);
    }
}
