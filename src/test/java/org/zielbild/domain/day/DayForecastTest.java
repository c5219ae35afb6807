package org.zielbild.domain.day;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zielbild.testing.DaySessions.apply;
import static org.zielbild.testing.DaySessions.at;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.zielbild.domain.Language;
import org.zielbild.domain.Session;
import org.zielbild.testing.DaySessions;

class DayForecastTest {

    // The template day: 15 + 60 + 75 + 90 + 75 + 60 + 30 = 405 min.
    private final Session day = DaySessions.templateDay(Language.EN);

    @Test
    void beforeTheStartTheDayTakesItsPlannedTimeFromNow() {
        DayForecast f = DayForecast.of(day, at(0));
        assertThat(f.dayStarted()).isNull();
        assertThat(f.plannedMinutes()).isEqualTo(405);
        assertThat(f.projectedEnd()).isEqualTo(at(405));
        assertThat(f.delay()).isZero();
        assertThat(f.stages()).allMatch(s -> s.state() == StageTiming.State.NOT_STARTED);
    }

    @Test
    void aDayOnScheduleEndsAsPlanned() {
        Session s = apply(day, new StartStage("s1", at(0)), new StartStage("s2", at(15)));
        DayForecast f = DayForecast.of(s, at(20));
        assertThat(f.plannedEnd()).isEqualTo(at(405));
        assertThat(f.projectedEnd()).isEqualTo(at(405));
        assertThat(f.delay()).isZero();
        assertThat(f.stages().get(0).state()).isEqualTo(StageTiming.State.DONE);
        assertThat(f.stages().get(0).deviation()).isZero();
        assertThat(f.stages().get(1).state()).isEqualTo(StageTiming.State.RUNNING);
    }

    @Test
    void anOverrunningStagePushesTheEndOut() {
        Session s = apply(day, new StartStage("s1", at(0)), new StartStage("s2", at(27)));
        DayForecast f = DayForecast.of(s, at(40));
        assertThat(f.stages().get(0).deviation()).isEqualTo(Duration.ofMinutes(12));
        assertThat(f.delay()).isEqualTo(Duration.ofMinutes(12));
        // Now the live stage overruns by 10 more minutes: only the overrun beyond its box adds up.
        DayForecast later = DayForecast.of(s, at(27 + 70));
        assertThat(later.delay()).isEqualTo(Duration.ofMinutes(22));
    }

    @Test
    void aPauseMakesTheDayLater() {
        Session s = apply(day, new StartStage("s1", at(0)), new PauseTimer(TimerTarget.STAGE, at(5)));
        assertThat(DayForecast.of(s, at(25)).delay()).isEqualTo(Duration.ofMinutes(20));
        assertThat(DayForecast.of(s, at(25)).stages().get(0).state()).isEqualTo(StageTiming.State.PAUSED);
    }

    @Test
    void skippedStagesDoNotCountAndTheEndOfTheDayIsTheActualEnd() {
        Session s = apply(day, new StartStage("s1", at(0)), new StartStage("s7", at(15)), new EndStage(at(40)));
        DayForecast f = DayForecast.of(s, at(100));
        assertThat(f.finished()).isTrue();
        assertThat(f.projectedEnd()).isEqualTo(at(40));
        assertThat(f.stages().get(6).actual()).isEqualTo(Duration.ofMinutes(25));
    }

    @Test
    void betweenStagesTheRestOfTheDayStartsNow() {
        Session s = apply(day, new StartStage("s1", at(0)), new EndStage(at(15)));
        DayForecast f = DayForecast.of(s, at(45));
        assertThat(f.finished()).isFalse();
        assertThat(f.projectedEnd()).isEqualTo(at(45 + 390));
    }
}
