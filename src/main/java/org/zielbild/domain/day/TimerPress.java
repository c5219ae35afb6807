package org.zielbild.domain.day;

import java.time.Duration;
import java.util.function.UnaryOperator;
import org.zielbild.domain.Session;
import org.zielbild.domain.agenda.Stage;

/** What the timer presses share: finding the clock they are for and putting it back. */
final class TimerPress {

    private TimerPress() {
    }

    static Session update(Session session, TimerTarget target, UnaryOperator<Timing> step) {
        DayLog log = session.dayLog();
        if (target == TimerTarget.FREE) {
            FreeTimer free = log.requireFree();
            return session.withDayLog(log.withFreeTimer(free.with(step.apply(free.timing()))));
        }
        StageRun live = log.requireLive();
        return session.withDayLog(log.withRun(live.with(step.apply(live.timing()))));
    }

    /** The planned time box of the clock; a stage removed while it ran has none left. */
    static Duration planned(Session session, TimerTarget target) {
        DayLog log = session.dayLog();
        if (target == TimerTarget.FREE) {
            return log.requireFree().planned();
        }
        return plannedFor(session, log.requireLive().stageId());
    }

    static Duration plannedFor(Session session, String stageId) {
        return Duration.ofMinutes(session.agenda().find(stageId).map(Stage::timeBoxMinutes).orElse(0));
    }
}
