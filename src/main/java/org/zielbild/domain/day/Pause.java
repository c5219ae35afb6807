package org.zielbild.domain.day;

import java.time.Instant;
import java.util.Objects;

/**
 * A stretch of time in which a timer stood still.
 *
 * @param from when the clock was stopped
 * @param to   when it went on again; null while it still stands
 */
public record Pause(Instant from, Instant to) {

    public Pause {
        Objects.requireNonNull(from, "from");
    }

    public boolean open() {
        return to == null;
    }
}
