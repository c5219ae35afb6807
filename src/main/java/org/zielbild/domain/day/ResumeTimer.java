package org.zielbild.domain.day;

import java.time.Instant;
import java.util.Objects;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Lets a paused clock run on from {@code at}. */
public record ResumeTimer(TimerTarget target, Instant at) implements DayLogChange {

    public ResumeTimer {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(at, "at");
    }

    @Override
    public Session apply(Session session) {
        return TimerPress.update(session, target, t -> t.resumedAt(at));
    }

    @Override
    public Message describe() {
        return Message.of("change.run.resume");
    }
}
