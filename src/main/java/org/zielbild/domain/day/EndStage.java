package org.zielbild.domain.day;

import java.time.Instant;
import java.util.Objects;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** The live stage ends at {@code at} without another one starting (e.g. the end of the day). */
public record EndStage(Instant at) implements DayLogChange {

    public EndStage {
        Objects.requireNonNull(at, "at");
    }

    @Override
    public Session apply(Session session) {
        DayLog log = session.dayLog();
        return session.withDayLog(log.ended(log.requireLive(), at));
    }

    @Override
    public Message describe() {
        return Message.of("change.run.endStage");
    }
}
