package org.zielbild.domain.coaching;

import java.util.Objects;
import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.domain.Texts;
import org.zielbild.domain.agenda.Stage;
import org.zielbild.domain.day.DayLog;
import org.zielbild.domain.day.FreeTimer;

/**
 * Moves the wall to a step of the coach round. A pitch or question round runs on the stage's free
 * timer: with {@code touchTimer} the free timer becomes {@code timer} (a fresh one for the next
 * pitch; null takes it away), while the stage's own timer keeps the stage's time box. Undo puts the
 * step and the free timer back as they were (the earlier pitch's timer counts on as if never left).
 */
public record ShowCoachingStep(RoomView view, FreeTimer timer, boolean touchTimer) implements Change {

    public ShowCoachingStep {
        Objects.requireNonNull(view, "view");
    }

    /** A step without a timer of its own (overview, ranking, announcement): a pitch timer stops. */
    public static ShowCoachingStep of(RoomView view, boolean stopsTimer) {
        return new ShowCoachingStep(view, null, stopsTimer);
    }

    @Override
    public Session apply(Session session) {
        Coaching c = session.coaching();
        if (view.step().hasCoach()) {
            c.requireCoach(view.coachId());
        } else if (view.coachId() != null) {
            throw DomainException.of("error.coaching.noCoach");
        }
        if (view.step() == CoachingStep.ANNOUNCEMENT && c.latestRun().isEmpty()) {
            throw DomainException.of("error.coaching.nothingToAnnounce");
        }
        Session next = session.withCoaching(c.withView(view));
        if (!touchTimer) {
            return next;
        }
        if (timer != null) {
            if (timer.minutes() < 1 || timer.minutes() > Stage.MAX_TIME_BOX) {
                throw DomainException.of("error.stage.timeBox", 1, Stage.MAX_TIME_BOX);
            }
            if (Texts.length(timer.label()) > FreeTimer.MAX_LABEL) {
                throw DomainException.of("error.textTooLong", FreeTimer.MAX_LABEL, Texts.length(timer.label()));
            }
        }
        return next.withDayLog(new DayLog(session.dayLog().runs(), timer));
    }

    @Override
    public Change inverse(Session before) {
        return new ShowCoachingStep(before.coaching().view(), before.dayLog().freeTimer(), touchTimer);
    }

    @Override
    public Message describe() {
        return Message.of("change.coaching.step." + view.step().name().toLowerCase(java.util.Locale.ROOT));
    }
}
