package org.zielbild.domain.day;

import java.time.Instant;
import java.util.Objects;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Stops a running clock at {@code at}. */
public record PauseTimer(TimerTarget target, Instant at) implements DayLogChange {

    public PauseTimer {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(at, "at");
    }

    @Override
    public Session apply(Session session) {
        return TimerPress.update(session, target, t -> t.pausedAt(at));
    }

    @Override
    public Message describe() {
        return Message.of("change.run.pause");
    }
}
