package org.zielbild.domain.day;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zielbild.domain.DomainException;

/**
 * The clock of one timed activity (a stage run or the free timer): when it started and ended,
 * when it stood still, and how many minutes were added or taken away. Instants come from the
 * change that moved the clock, so reading it later (after a restart, too) gives the same answer.
 *
 * @param ended        when it ended; null while it runs or is paused
 * @param extraMinutes minutes added (+) or taken away (−) on top of the planned time
 */
public record Timing(Instant started, Instant ended, List<Pause> pauses, int extraMinutes) {

    public Timing {
        Objects.requireNonNull(started, "started");
        pauses = pauses == null ? List.of() : List.copyOf(pauses);
    }

    public static Timing startedAt(Instant at) {
        return new Timing(at, null, List.of(), 0);
    }

    public boolean over() {
        return ended != null;
    }

    public boolean paused() {
        return !over() && !pauses.isEmpty() && pauses.get(pauses.size() - 1).open();
    }

    public boolean running() {
        return !over() && !paused();
    }

    /**
     * The time the clock actually ran up to {@code now}: from the start to the end (or now), minus
     * every pause. A clock that jumped backwards never gives a negative time.
     */
    public Duration activeTime(Instant now) {
        Instant end = over() ? ended : now;
        if (!end.isAfter(started)) {
            return Duration.ZERO;
        }
        Duration active = Duration.between(started, end);
        for (Pause p : pauses) {
            Instant from = max(p.from(), started);
            Instant to = min(p.open() ? end : p.to(), end);
            if (to.isAfter(from)) {
                active = active.minus(Duration.between(from, to));
            }
        }
        return active.isNegative() ? Duration.ZERO : active;
    }

    /** The timer read at {@code now}, for a planned time box of {@code planned}. */
    public Countdown countdown(Duration planned, Instant now) {
        return new Countdown(planned.plusMinutes(extraMinutes), activeTime(now), paused(), over());
    }

    Timing pausedAt(Instant at) {
        if (!running()) {
            throw DomainException.of("error.timer.notRunning");
        }
        List<Pause> list = new ArrayList<>(pauses);
        list.add(new Pause(at, null));
        return new Timing(started, null, list, extraMinutes);
    }

    Timing resumedAt(Instant at) {
        if (!paused()) {
            throw DomainException.of("error.timer.notPaused");
        }
        return new Timing(started, null, closedPauses(at), extraMinutes);
    }

    /** Ends the clock; a pause still open ends with it. */
    Timing endedAt(Instant at) {
        if (over()) {
            return this;
        }
        return new Timing(started, at, closedPauses(at), extraMinutes);
    }

    /** Runs an ended clock again; the time in between counts as a pause. */
    Timing reopenedAt(Instant at) {
        if (!over()) {
            return this;
        }
        List<Pause> list = new ArrayList<>(pauses);
        list.add(new Pause(ended, at));
        return new Timing(started, null, list, extraMinutes);
    }

    Timing extendedBy(int minutes) {
        return new Timing(started, ended, pauses, extraMinutes + minutes);
    }

    /** The full time box again from {@code at}; a paused clock stays paused. */
    Timing restartedAt(Instant at) {
        return new Timing(at, null, paused() ? List.of(new Pause(at, null)) : List.of(), 0);
    }

    private List<Pause> closedPauses(Instant at) {
        List<Pause> list = new ArrayList<>(pauses);
        if (!list.isEmpty() && list.get(list.size() - 1).open()) {
            Pause open = list.remove(list.size() - 1);
            list.add(new Pause(open.from(), at));
        }
        return list;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
