package org.zielbild.domain.day;

import java.time.Instant;
import java.util.Objects;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.domain.Texts;
import org.zielbild.domain.agenda.Stage;

/** Starts the free timer at {@code at} (a running one is replaced). */
public record StartFreeTimer(int minutes, String label, Instant at) implements DayLogChange {

    public StartFreeTimer {
        Objects.requireNonNull(at, "at");
        label = label == null ? "" : label;
    }

    @Override
    public Session apply(Session session) {
        if (minutes < 1 || minutes > Stage.MAX_TIME_BOX) {
            throw DomainException.of("error.stage.timeBox", 1, Stage.MAX_TIME_BOX);
        }
        String clean = Texts.singleLine(label);
        if (Texts.length(clean) > FreeTimer.MAX_LABEL) {
            throw DomainException.of("error.textTooLong", FreeTimer.MAX_LABEL, Texts.length(clean));
        }
        return session.withDayLog(session.dayLog().withFreeTimer(new FreeTimer(minutes, clean, Timing.startedAt(at))));
    }

    @Override
    public Message describe() {
        return Message.of("change.run.startFreeTimer", minutes);
    }
}
