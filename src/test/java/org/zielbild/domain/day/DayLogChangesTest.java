package org.zielbild.domain.day;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zielbild.testing.DaySessions.apply;
import static org.zielbild.testing.DaySessions.at;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zielbild.domain.Change;
import org.zielbild.domain.ChangeCatalog;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Language;
import org.zielbild.domain.Session;
import org.zielbild.testing.DaySessions;

class DayLogChangesTest {

    private final Session day = DaySessions.templateDay(Language.EN);

    private static Duration remaining(Session s, java.time.Instant now) {
        StageRun live = s.dayLog().live().orElseThrow();
        return live.timing().countdown(TimerPress.plannedFor(s, live.stageId()), now).remaining();
    }

    @Test
    void olderSessionsWithoutADayLogGetAnEmptyOne() {
        Session old = new Session("x", day.info(), day.agenda(), day.roster(), null, null, null, null, null, null);
        assertThat(old.dayLog()).isEqualTo(DayLog.empty());
        assertThat(new DayLog(null, null).runs()).isEmpty();
    }

    @Test
    void startingAStageStartsItsTimer() {
        Session s = apply(day, new StartStage("s1", at(0)));
        assertThat(s.dayLog().live()).map(StageRun::stageId).contains("s1");
        assertThat(remaining(s, at(5))).isEqualTo(Duration.ofMinutes(10)); // welcome: 15 min
    }

    @Test
    void movingOnEndsTheLiveStageAndStartsTheNext() {
        Session s = apply(day, new StartStage("s1", at(0)), new StartStage("s2", at(17)));
        StageRun welcome = s.dayLog().runOf("s1").orElseThrow();
        assertThat(welcome.live()).isFalse();
        assertThat(welcome.timing().ended()).isEqualTo(at(17));
        assertThat(welcome.timing().activeTime(at(90))).isEqualTo(Duration.ofMinutes(17));
        assertThat(s.dayLog().live()).map(StageRun::stageId).contains("s2");
    }

    @Test
    void stagesOnlyPassedThroughAreNotRecorded() {
        Session s = apply(day, new StartStage("s1", at(0)), new StartStage("s2", at(20)),
                new StartStage("s3", at(20, 5)), new StartStage("s4", at(20, 10)));
        assertThat(s.dayLog().runs()).extracting(StageRun::stageId).containsExactly("s1", "s4");
    }

    @Test
    void aShortStageWhoseTimerWasUsedIsRecorded() {
        Session s = apply(day, new StartStage("s1", at(0)), new StartStage("s2", at(20)),
                new ExtendTimer(TimerTarget.STAGE, 5), new StartStage("s3", at(20, 10)));
        assertThat(s.dayLog().runs()).extracting(StageRun::stageId).containsExactly("s1", "s2", "s3");
    }

    @Test
    void goingBackResumesTheEarlierStageWhereItStopped() {
        Session s = apply(day, new StartStage("s1", at(0)), new StartStage("s2", at(10)),
                new StartStage("s1", at(20)));
        assertThat(remaining(s, at(21))).isEqualTo(Duration.ofMinutes(4));
        assertThat(s.dayLog().runOf("s2").orElseThrow().timing().activeTime(at(60))).isEqualTo(Duration.ofMinutes(10));
        assertThat(s.dayLog().runs()).extracting(StageRun::stageId).containsExactly("s1", "s2");
    }

    @Test
    void startingTheLiveStageAgainChangesNothing() {
        Session s = apply(day, new StartStage("s1", at(0)));
        assertThat(new StartStage("s1", at(3)).apply(s)).isSameAs(s);
    }

    @Test
    void startingAStageThatIsGoneIsRefused() {
        assertThatThrownBy(() -> new StartStage("nope", at(0)).apply(day)).isInstanceOf(DomainException.class)
                .hasMessageContaining("error.stage.unknown");
    }

    @Test
    void endingTheStageLeavesNoLiveStage() {
        Session s = apply(day, new StartStage("s7", at(0)), new EndStage(at(31)));
        assertThat(s.dayLog().live()).isEmpty();
        assertThat(s.dayLog().runOf("s7").orElseThrow().timing().ended()).isEqualTo(at(31));
        assertThatThrownBy(() -> new EndStage(at(40)).apply(s)).isInstanceOf(DomainException.class)
                .hasMessageContaining("error.timer.noStage");
    }

    @Test
    void pauseExtendAndResetActOnTheLiveStage() {
        Session s = apply(day, new StartStage("s1", at(0)), new PauseTimer(TimerTarget.STAGE, at(5)),
                new ExtendTimer(TimerTarget.STAGE, 5), new ExtendTimer(TimerTarget.STAGE, -1));
        assertThat(remaining(s, at(30))).isEqualTo(Duration.ofMinutes(14));
        s = apply(s, new ResumeTimer(TimerTarget.STAGE, at(30)));
        assertThat(remaining(s, at(40))).isEqualTo(Duration.ofMinutes(4));
        s = apply(s, new ResetTimer(TimerTarget.STAGE, at(40)));
        assertThat(remaining(s, at(41))).isEqualTo(Duration.ofMinutes(14));
    }

    @Test
    void aTimeBoxCannotBeShortenedBelowZero() {
        Session s = apply(day, new StartStage("s1", at(0)), new ExtendTimer(TimerTarget.STAGE, -15));
        assertThatThrownBy(() -> new ExtendTimer(TimerTarget.STAGE, -1).apply(s))
                .isInstanceOf(DomainException.class).hasMessageContaining("error.timer.belowZero");
    }

    @Test
    void timerPressesWithoutALiveStageAreRefused() {
        assertThatThrownBy(() -> new PauseTimer(TimerTarget.STAGE, at(0)).apply(day))
                .isInstanceOf(DomainException.class).hasMessageContaining("error.timer.noStage");
        assertThatThrownBy(() -> new ExtendTimer(TimerTarget.FREE, 1).apply(day))
                .isInstanceOf(DomainException.class).hasMessageContaining("error.timer.noFreeTimer");
    }

    @Test
    void theFreeTimerRunsBesideTheStage() {
        Session s = apply(day, new StartStage("s2", at(0)), new StartFreeTimer(7, "  Silent\twriting ", at(10)),
                new PauseTimer(TimerTarget.FREE, at(12)), new ResumeTimer(TimerTarget.FREE, at(13)),
                new ExtendTimer(TimerTarget.FREE, 1));
        FreeTimer free = s.dayLog().free().orElseThrow();
        assertThat(free.label()).isEqualTo("Silent writing");
        assertThat(free.timing().countdown(free.planned(), at(15)).remaining()).isEqualTo(Duration.ofMinutes(4));
        assertThat(s.dayLog().live()).map(StageRun::stageId).contains("s2");
        s = apply(s, new StartStage("s3", at(20)));
        assertThat(s.dayLog().free()).isPresent();
        s = apply(s, new StopFreeTimer());
        assertThat(s.dayLog().free()).isEmpty();
        assertThat(new StopFreeTimer().apply(s)).isSameAs(s);
    }

    @Test
    void aFreeTimerNeedsAtLeastAMinuteAndAShortLabel() {
        assertThatThrownBy(() -> new StartFreeTimer(0, "", at(0)).apply(day)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new StartFreeTimer(5, "x".repeat(41), at(0)).apply(day))
                .isInstanceOf(DomainException.class).hasMessageContaining("error.textTooLong");
    }

    @Test
    void everyDayLogChangeIsBookkeepingAndItsInverseRestoresTheLog() {
        Session before = apply(day, new StartStage("s1", at(0)), new StartFreeTimer(5, "", at(1)));
        List<Change> presses = List.of(new StartStage("s2", at(20)), new EndStage(at(20)),
                new PauseTimer(TimerTarget.STAGE, at(2)), new ExtendTimer(TimerTarget.STAGE, 5),
                new ResetTimer(TimerTarget.FREE, at(3)), new StartFreeTimer(3, "", at(4)), new StopFreeTimer(),
                new RestoreDayLog(DayLog.empty()));
        for (Change press : presses) {
            assertThat(press.undoable()).as("%s", press).isFalse();
            assertThat(ChangeCatalog.nameOf(press.getClass())).as("%s", press).isPresent();
            Session after = press.apply(before);
            assertThat(press.inverse(before).apply(after)).as("%s", press).isEqualTo(before);
        }
    }
}
