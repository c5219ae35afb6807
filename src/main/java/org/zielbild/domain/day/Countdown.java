package org.zielbild.domain.day;

import java.time.Duration;

/**
 * A timer read at one instant: how long it may run in total, how much of that is used, and
 * whether it stands still. Negative {@link #remaining()} is the overrun.
 */
public record Countdown(Duration total, Duration elapsed, boolean paused, boolean finished) {

    public static final Duration LAST_MINUTE = Duration.ofMinutes(1);

    /** Time left; negative once the time box is used up. */
    public Duration remaining() {
        return total.minus(elapsed);
    }

    /** Zero and after: the time box is used up. */
    public boolean timeUp() {
        return remaining().isZero() || remaining().isNegative();
    }

    /** Less than a minute left, but not yet zero. */
    public boolean lastMinute() {
        Duration r = remaining();
        return !r.isNegative() && !r.isZero() && r.compareTo(LAST_MINUTE) <= 0;
    }

    /** How far past zero the timer is (zero before that). */
    public Duration overrun() {
        Duration r = remaining();
        return r.isNegative() ? r.negated() : Duration.ZERO;
    }
}
