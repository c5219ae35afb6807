package org.zielbild.domain;

import java.time.Instant;
import java.util.Objects;

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
