package org.zielbild.domain;

import java.time.Instant;
import java.util.Objects;

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
