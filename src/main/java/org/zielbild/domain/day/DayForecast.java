package org.zielbild.domain.day;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.zielbild.domain.Session;
import org.zielbild.domain.agenda.Stage;

/**
 * Planned against actual for the whole day, read at one instant, and when the day will end if the
 * remaining stages take their planned time: the facilitator sees at a glance whether the day runs late.
 *
 * @param dayStarted   when the first stage started; null before the day starts
 * @param plannedEnd   the day's start plus the planned minutes of all stages; null before the start
 * @param projectedEnd when the day ends at the current pace (the actual end once it is over)
 * @param finished     no stage is live and none after the last one run is left
 */
public record DayForecast(List<StageTiming> stages, int plannedMinutes, Instant dayStarted, Instant plannedEnd,
                          Instant projectedEnd, boolean finished) {

    public DayForecast {
        stages = List.copyOf(stages);
    }

    /** How late (positive) or early (negative) the day ends compared with the plan; zero before the start. */
    public Duration delay() {
        return plannedEnd == null ? Duration.ZERO : Duration.between(plannedEnd, projectedEnd);
    }

    public static DayForecast of(Session session, Instant now) {
        DayLog log = session.dayLog();
        List<StageTiming> rows = new ArrayList<>();
        for (Stage stage : session.agenda().stages()) {
            rows.add(timing(stage, log.runOf(stage.id()), now));
        }
        int planned = session.agenda().totalMinutes();
        Optional<Instant> start = log.runs().stream().map(r -> r.timing().started()).min(Comparator.naturalOrder());
        if (start.isEmpty()) {
            return new DayForecast(rows, planned, null, null, now.plus(Duration.ofMinutes(planned)), false);
        }
        int position = position(rows);
        Duration left = Duration.ZERO;
        for (int i = position + 1; i < rows.size(); i++) {
            left = left.plus(positive(leftOf(rows.get(i))));
        }
        boolean live = log.live().isPresent();
        Instant projected;
        boolean finished = false;
        if (position >= 0 && rows.get(position).state() != StageTiming.State.DONE) {
            projected = now.plus(positive(leftOf(rows.get(position)))).plus(left);
        } else if (!live && left.isZero()) {
            finished = true;
            projected = rows.stream().map(StageTiming::ended).filter(e -> e != null)
                    .max(Comparator.naturalOrder()).orElse(now);
        } else {
            projected = now.plus(left);
        }
        return new DayForecast(rows, planned, start.get(), start.get().plus(Duration.ofMinutes(planned)), projected,
                finished);
    }

    private static StageTiming timing(Stage stage, Optional<StageRun> run, Instant now) {
        if (run.isEmpty()) {
            return new StageTiming(stage.id(), stage.title(), stage.timeBoxMinutes(), 0,
                    StageTiming.State.NOT_STARTED, null, null, Duration.ZERO);
        }
        Timing t = run.get().timing();
        StageTiming.State state = t.over() ? StageTiming.State.DONE
                : t.paused() ? StageTiming.State.PAUSED : StageTiming.State.RUNNING;
        return new StageTiming(stage.id(), stage.title(), stage.timeBoxMinutes(), t.extraMinutes(), state,
                t.started(), t.ended(), t.activeTime(now));
    }

    /** Where the day is: the live stage, else the stage that ended last; -1 when neither is on the agenda. */
    private static int position(List<StageTiming> rows) {
        int latest = -1;
        for (int i = 0; i < rows.size(); i++) {
            StageTiming row = rows.get(i);
            if (row.state() == StageTiming.State.RUNNING || row.state() == StageTiming.State.PAUSED) {
                return i;
            }
            if (row.ended() != null && (latest < 0 || row.ended().isAfter(rows.get(latest).ended()))) {
                latest = i;
            }
        }
        return latest;
    }

    private static Duration leftOf(StageTiming row) {
        return Duration.ofMinutes(row.plannedMinutes() + (long) row.extraMinutes()).minus(row.actual());
    }

    private static Duration positive(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }
}
