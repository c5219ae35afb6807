package org.zielbild.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zielbild.testing.DaySessions.at;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.zielbild.domain.Language;
import org.zielbild.domain.Session;
import org.zielbild.domain.agenda.RenameStage;
import org.zielbild.domain.day.ExtendTimer;
import org.zielbild.domain.day.PauseTimer;
import org.zielbild.domain.day.ResumeTimer;
import org.zielbild.domain.day.StageRun;
import org.zielbild.domain.day.StartStage;
import org.zielbild.domain.day.TimerTarget;
import org.zielbild.testing.DaySessions;

/** Timer presses go through the one change path: journaled, replayed on opening, never undone with Ctrl+Z. */
class DayLogRestartTest {

    private final Session day = DaySessions.templateDay(Language.EN);

    @Test
    void reopeningMidStageShowsTheRemainingTimeAsIfTheAppHadNeverClosed() {
        InMemoryJournal journal = new InMemoryJournal();
        SessionService service = new SessionService(SessionState.fresh(day), journal, Runnable::run,
                Clock.fixed(at(0), ZoneOffset.UTC));
        service.apply(new StartStage("s1", at(0)));
        service.apply(new StartStage("s2", at(16)));          // reflection: 60 min
        service.apply(new PauseTimer(TimerTarget.STAGE, at(30)));
        service.apply(new ResumeTimer(TimerTarget.STAGE, at(35)));
        service.apply(new ExtendTimer(TimerTarget.STAGE, 5));
        service.close();                                         // the laptop crashes at 09:40

        SessionState reopened = SessionState.fresh(day);
        for (JournalEntry e : journal.entries()) {
            reopened = reopened.next(e);
        }
        assertThat(reopened.session()).isEqualTo(service.session());
        StageRun live = reopened.session().dayLog().live().orElseThrow();
        assertThat(live.stageId()).isEqualTo("s2");
        // Opened again at 09:50: 16..30 and 35..50 ran = 29 min of 65.
        Duration remaining = live.timing().countdown(Duration.ofMinutes(60), at(50)).remaining();
        assertThat(remaining).isEqualTo(Duration.ofMinutes(36));
    }

    @Test
    void undoRevertsTheLastContentEditAndLeavesTheTimerAlone() {
        SessionService service = SessionService.inMemory(day);
        service.apply(new RenameStage("s1", "Hello"));
        service.apply(new StartStage("s1", at(0)));
        service.apply(new PauseTimer(TimerTarget.STAGE, at(1)));
        assertThat(service.undoLabel()).map(m -> m.key()).contains("change.renameStage");
        service.undo();
        assertThat(service.session().agenda().require("s1").title()).isEqualTo("Welcome");
        assertThat(service.session().dayLog().live().orElseThrow().timing().paused()).isTrue();
        assertThat(service.canUndo()).isFalse();
    }
}
