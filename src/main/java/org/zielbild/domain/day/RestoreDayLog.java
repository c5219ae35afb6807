package org.zielbild.domain.day;

import java.util.Objects;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Puts the day log back as it was; the inverse of every day-log change. */
public record RestoreDayLog(DayLog dayLog) implements DayLogChange {

    public RestoreDayLog {
        Objects.requireNonNull(dayLog, "dayLog");
    }

    @Override
    public Session apply(Session session) {
        return session.withDayLog(dayLog);
    }

    @Override
    public Message describe() {
        return Message.of("change.run.restore");
    }
}
