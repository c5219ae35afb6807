package org.zielbild.domain.day;

import java.time.Instant;
import java.util.Objects;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Gives a clock its full time again from {@code at}; added minutes are dropped, a paused clock stays paused. */
public record ResetTimer(TimerTarget target, Instant at) implements DayLogChange {

    public ResetTimer {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(at, "at");
    }

    @Override
    public Session apply(Session session) {
        return TimerPress.update(session, target, t -> t.restartedAt(at));
    }

    @Override
    public Message describe() {
        return Message.of("change.run.reset");
    }
}
