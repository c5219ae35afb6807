package org.zielbild.domain.day;

import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Takes the free timer away; nothing happens when there is none. */
public record StopFreeTimer() implements DayLogChange {

    @Override
    public Session apply(Session session) {
        return session.dayLog().free().isEmpty() ? session : session.withDayLog(session.dayLog().withFreeTimer(null));
    }

    @Override
    public Message describe() {
        return Message.of("change.run.stopFreeTimer");
    }
}
