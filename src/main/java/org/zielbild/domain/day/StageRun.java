package org.zielbild.domain.day;

import java.util.Objects;

/** How a stage actually ran: the facts that go into the minutes (start, end, duration). */
public record StageRun(String stageId, Timing timing) {

    public StageRun {
        Objects.requireNonNull(stageId, "stageId");
        Objects.requireNonNull(timing, "timing");
    }

    /** Running or paused: this is the stage the day is at. */
    public boolean live() {
        return !timing.over();
    }

    StageRun with(Timing newTiming) {
        return new StageRun(stageId, newTiming);
    }
}
