package org.zielbild.domain.day;

import java.time.Duration;
import java.util.Objects;

/**
 * A timer the facilitator starts on the side, e.g. seven minutes of silent writing or a break.
 *
 * @param label what the room sees next to it (may be empty)
 */
public record FreeTimer(int minutes, String label, Timing timing) {

    public static final int MAX_LABEL = 40;

    public FreeTimer {
        Objects.requireNonNull(timing, "timing");
        label = label == null ? "" : label;
    }

    public Duration planned() {
        return Duration.ofMinutes(minutes);
    }

    FreeTimer with(Timing newTiming) {
        return new FreeTimer(minutes, label, newTiming);
    }
}
