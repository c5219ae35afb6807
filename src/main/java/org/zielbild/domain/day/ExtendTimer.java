package org.zielbild.domain.day;

import java.time.Duration;
import java.util.Objects;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.domain.agenda.Stage;

/** Adds minutes to a clock's time box (negative: takes them away). */
public record ExtendTimer(TimerTarget target, int minutes) implements DayLogChange {

    public ExtendTimer {
        Objects.requireNonNull(target, "target");
    }

    @Override
    public Session apply(Session session) {
        Duration planned = TimerPress.planned(session, target);
        return TimerPress.update(session, target, t -> {
            long total = planned.toMinutes() + t.extraMinutes() + minutes;
            if (total < 0) {
                throw DomainException.of("error.timer.belowZero");
            }
            if (total > Stage.MAX_TIME_BOX) {
                throw DomainException.of("error.stage.timeBox", 1, Stage.MAX_TIME_BOX);
            }
            return t.extendedBy(minutes);
        });
    }

    @Override
    public Message describe() {
        return Message.of(minutes >= 0 ? "change.run.extend" : "change.run.shorten", Math.abs(minutes));
    }
}
