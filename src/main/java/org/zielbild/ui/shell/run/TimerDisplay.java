package org.zielbild.ui.shell.run;

import java.time.Duration;
import org.zielbild.domain.day.Countdown;

/**
 * A timer as the screens show it, to the second. Equal readings are equal values, so a property
 * holding one changes once a second, not on every tick.
 *
 * @param key          which clock this is (a new key after a reset or for another stage)
 * @param title        the stage title or the free timer's label; may be empty
 * @param seconds      seconds left, rounded up; zero and below: the overrun, as a negative number
 * @param totalSeconds the time box in seconds
 */
public record TimerDisplay(Kind kind, String key, String title, Phase phase, long seconds, long totalSeconds,
                           boolean paused) {

    public enum Kind { STAGE, FREE }

    public enum Phase {
        /** Not started: shows the planned time. */
        READY,
        RUNNING,
        LAST_MINUTE,
        /** Zero reached: counts the overrun. */
        TIME_UP,
        /** The stage has ended: shows what was left (or the overrun) at its end. */
        DONE
    }

    /** The reading of a clock that has started. */
    static TimerDisplay of(Kind kind, String key, String title, Countdown c) {
        Phase phase = c.finished() ? Phase.DONE : c.timeUp() ? Phase.TIME_UP
                : c.lastMinute() ? Phase.LAST_MINUTE : Phase.RUNNING;
        return new TimerDisplay(kind, key, title, phase, displaySeconds(c.remaining()), c.total().toSeconds(),
                c.paused());
    }

    static TimerDisplay ready(String key, String title, Duration planned) {
        return new TimerDisplay(Kind.STAGE, key, title, Phase.READY, planned.toSeconds(), planned.toSeconds(), false);
    }

    /** "12:34", "1:05:00", or the overrun as "+02:10". */
    public String clock() {
        return TimerText.clock(seconds);
    }

    public boolean overrun() {
        return seconds < 0 || phase == Phase.TIME_UP;
    }

    public boolean ticking() {
        return !paused && (phase == Phase.RUNNING || phase == Phase.LAST_MINUTE || phase == Phase.TIME_UP);
    }

    /** Share of the time box used, 0 to 1. */
    public double progress() {
        if (totalSeconds <= 0) {
            return 1;
        }
        return Math.max(0, Math.min(1, 1 - (double) seconds / totalSeconds));
    }

    /** Seconds left rounded up (a countdown shows 00:01 until it is really over), the overrun rounded down. */
    static long displaySeconds(Duration remaining) {
        long millis = remaining.toMillis();
        return millis > 0 ? (millis + 999) / 1000 : -(-millis / 1000);
    }
}
