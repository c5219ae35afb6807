package org.zielbild.domain.day;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zielbild.domain.DomainException;

/**
 * How the day actually runs: one run per stage that was started (in the order they were first
 * started) and the free timer, if one is set. At most one run is live at a time.
 *
 * @param freeTimer null when none is set
 */
public record DayLog(List<StageRun> runs, FreeTimer freeTimer) {

    /**
     * A stage left before it ran this long, untouched (no pause, no minutes added or taken), was
     * only passed through (e.g. skipping ahead with Ctrl+PageDown) and is not recorded.
     */
    public static final Duration PASS_THROUGH = Duration.ofSeconds(30);

    public DayLog {
        runs = runs == null ? List.of() : List.copyOf(runs);
    }

    public static DayLog empty() {
        return new DayLog(List.of(), null);
    }

    /** The run of the stage the day is at (running or paused). */
    public Optional<StageRun> live() {
        return runs.stream().filter(StageRun::live).findFirst();
    }

    public Optional<StageRun> runOf(String stageId) {
        return runs.stream().filter(r -> r.stageId().equals(stageId)).findFirst();
    }

    public Optional<FreeTimer> free() {
        return Optional.ofNullable(freeTimer);
    }

    public boolean started() {
        return !runs.isEmpty();
    }

    DayLog withRun(StageRun run) {
        List<StageRun> list = new ArrayList<>(runs);
        int i = indexOf(run.stageId());
        if (i < 0) {
            list.add(run);
        } else {
            list.set(i, run);
        }
        return new DayLog(list, freeTimer);
    }

    DayLog withFreeTimer(FreeTimer timer) {
        return new DayLog(runs, timer);
    }

    /** Ends a run at {@code at}; a run that was only passed through is dropped. */
    DayLog ended(StageRun run, Instant at) {
        Timing ended = run.timing().endedAt(at);
        boolean untouched = ended.pauses().isEmpty() && ended.extraMinutes() == 0;
        if (untouched && ended.activeTime(at).compareTo(PASS_THROUGH) < 0) {
            List<StageRun> list = new ArrayList<>(runs);
            list.removeIf(r -> r.stageId().equals(run.stageId()));
            return new DayLog(list, freeTimer);
        }
        return withRun(run.with(ended));
    }

    /** The live run, or a domain error saying no stage is running. */
    StageRun requireLive() {
        return live().orElseThrow(() -> DomainException.of("error.timer.noStage"));
    }

    FreeTimer requireFree() {
        return free().orElseThrow(() -> DomainException.of("error.timer.noFreeTimer"));
    }

    private int indexOf(String stageId) {
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).stageId().equals(stageId)) {
                return i;
            }
        }
        return -1;
    }
}
