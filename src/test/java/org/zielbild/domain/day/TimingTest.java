package org.zielbild.domain.day;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zielbild.testing.DaySessions.at;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zielbild.domain.DomainException;

class TimingTest {

    private static final Duration FIFTEEN = Duration.ofMinutes(15);

    @Test
    void countsDownFromThePlannedTime() {
        Timing t = Timing.startedAt(at(0));
        Countdown c = t.countdown(FIFTEEN, at(10));
        assertThat(c.remaining()).isEqualTo(Duration.ofMinutes(5));
        assertThat(c.lastMinute()).isFalse();
        assertThat(c.timeUp()).isFalse();
        assertThat(c.paused()).isFalse();
    }

    @Test
    void theLastMinuteIsMarkedAndZeroIsTimeUp() {
        Timing t = Timing.startedAt(at(0));
        assertThat(t.countdown(FIFTEEN, at(14, 0)).lastMinute()).isTrue();
        assertThat(t.countdown(FIFTEEN, at(13, 59)).lastMinute()).isFalse();
        Countdown zero = t.countdown(FIFTEEN, at(15));
        assertThat(zero.lastMinute()).isFalse();
        assertThat(zero.timeUp()).isTrue();
        assertThat(zero.overrun()).isZero();
    }

    @Test
    void afterZeroTheOverrunIsCounted() {
        Countdown c = Timing.startedAt(at(0)).countdown(FIFTEEN, at(17, 30));
        assertThat(c.timeUp()).isTrue();
        assertThat(c.overrun()).isEqualTo(Duration.ofSeconds(150));
        assertThat(c.remaining()).isEqualTo(Duration.ofSeconds(-150));
    }

    @Test
    void aPauseStopsTheClock() {
        Timing paused = Timing.startedAt(at(0)).pausedAt(at(5));
        assertThat(paused.paused()).isTrue();
        assertThat(paused.countdown(FIFTEEN, at(5)).remaining()).isEqualTo(Duration.ofMinutes(10));
        assertThat(paused.countdown(FIFTEEN, at(40)).remaining()).isEqualTo(Duration.ofMinutes(10));
        Timing resumed = paused.resumedAt(at(20));
        assertThat(resumed.running()).isTrue();
        assertThat(resumed.countdown(FIFTEEN, at(22)).remaining()).isEqualTo(Duration.ofMinutes(8));
    }

    @Test
    void pausingTwiceOrResumingARunningClockIsRefused() {
        Timing running = Timing.startedAt(at(0));
        assertThatThrownBy(() -> running.resumedAt(at(1))).isInstanceOf(DomainException.class)
                .hasMessageContaining("error.timer.notPaused");
        Timing paused = running.pausedAt(at(1));
        assertThatThrownBy(() -> paused.pausedAt(at(2))).isInstanceOf(DomainException.class)
                .hasMessageContaining("error.timer.notRunning");
    }

    @Test
    void extraMinutesMoveTheEnd() {
        Timing t = Timing.startedAt(at(0)).extendedBy(5).extendedBy(1).extendedBy(-1);
        assertThat(t.countdown(FIFTEEN, at(10)).total()).isEqualTo(Duration.ofMinutes(20));
        assertThat(t.countdown(FIFTEEN, at(10)).remaining()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void endingClosesAnOpenPauseAndFreezesTheReading() {
        Timing t = Timing.startedAt(at(0)).pausedAt(at(10)).endedAt(at(12));
        assertThat(t.over()).isTrue();
        assertThat(t.paused()).isFalse();
        assertThat(t.pauses()).containsExactly(new Pause(at(10), at(12)));
        assertThat(t.activeTime(at(90))).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void reopeningCountsTheGapAsAPause() {
        Timing t = Timing.startedAt(at(0)).endedAt(at(20)).reopenedAt(at(30));
        assertThat(t.running()).isTrue();
        assertThat(t.activeTime(at(35))).isEqualTo(Duration.ofMinutes(25));
    }

    @Test
    void resetGivesTheFullTimeAgainAndKeepsAPausedClockPaused() {
        Timing running = Timing.startedAt(at(0)).extendedBy(5).restartedAt(at(30));
        assertThat(running.countdown(FIFTEEN, at(31)).remaining()).isEqualTo(Duration.ofMinutes(14));
        Timing paused = Timing.startedAt(at(0)).pausedAt(at(3)).restartedAt(at(30));
        assertThat(paused.paused()).isTrue();
        assertThat(paused.countdown(FIFTEEN, at(50)).remaining()).isEqualTo(FIFTEEN);
    }

    @Test
    void aClockThatJumpedBackwardsNeverGivesNegativeTime() {
        Timing t = Timing.startedAt(at(10));
        assertThat(t.activeTime(at(5))).isZero();
        Timing odd = new Timing(at(0), null, List.of(new Pause(at(5), at(3))), 0);
        assertThat(odd.activeTime(at(10))).isEqualTo(Duration.ofMinutes(10));
    }
}
