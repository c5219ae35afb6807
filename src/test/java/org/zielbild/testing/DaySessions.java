package org.zielbild.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.zielbild.domain.Change;
import org.zielbild.domain.Language;
import org.zielbild.domain.Session;
import org.zielbild.domain.SessionInfo;
import org.zielbild.domain.TargetPictureDay;

/** Sessions for the day-log tests: the template day with predictable stage ids s1..s7. */
public final class DaySessions {

    public static final Instant NINE = Instant.parse("2026-11-23T08:00:00Z");

    private DaySessions() {
    }

    public static Session templateDay(Language language) {
        AtomicInteger n = new AtomicInteger();
        return TargetPictureDay.newSession("session-1",
                new SessionInfo("Target picture 2027", LocalDate.of(2026, 11, 23), "Berlin", "Ana", language),
                () -> "s" + n.incrementAndGet());
    }

    /** The session after the changes, applied in order. */
    public static Session apply(Session s, Change... changes) {
        for (Change c : changes) {
            s = c.apply(s);
        }
        return s;
    }

    public static Instant at(int minutes) {
        return NINE.plusSeconds(minutes * 60L);
    }

    public static Instant at(int minutes, int seconds) {
        return NINE.plusSeconds(minutes * 60L + seconds);
    }
}
