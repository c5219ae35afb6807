package org.zielbild.ui.shell.run;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.zielbild.domain.day.DayForecast;

/**
 * The day in one line, to the minute: is it running late, when will it end.
 *
 * @param delayMinutes  positive: late; negative: early
 * @param projectedEnd  to the minute
 */
public record DaySummary(boolean started, boolean finished, long delayMinutes, Instant projectedEnd,
                         int plannedMinutes) {

    static DaySummary of(DayForecast f) {
        return new DaySummary(f.dayStarted() != null, f.finished(), Math.round(f.delay().toSeconds() / 60.0),
                f.projectedEnd().truncatedTo(ChronoUnit.MINUTES), f.plannedMinutes());
    }
}
