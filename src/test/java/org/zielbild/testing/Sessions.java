package org.zielbild.testing;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.zielbild.domain.Language;
import org.zielbild.domain.Session;
import org.zielbild.domain.SessionInfo;
import org.zielbild.domain.TargetPictureDay;
import org.zielbild.domain.agenda.Agenda;
import org.zielbild.domain.roster.Roster;

/** Test sessions with predictable ids. */
public final class Sessions {

    private Sessions() {
    }

    /** Ids "id-1", "id-2", ... so tests can name objects. */
    public static Supplier<String> counterIds() {
        return counterIds("id-");
    }

    /** Ids with another prefix, for objects added to a session made with {@link #counterIds()}. */
    public static Supplier<String> counterIds(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return () -> prefix + n.incrementAndGet();
    }

    public static Session templateDay(Language language) {
        SessionInfo info = new SessionInfo("Zielbild 2027", LocalDate.of(2026, 11, 23), "Köln", "Anna", language);
        return TargetPictureDay.newSession("session-1", info, counterIds());
    }

    public static Session empty() {
        SessionInfo info = new SessionInfo("Empty", LocalDate.of(2026, 11, 23), "", "", Language.EN);
        return new Session("session-0", info, Agenda.empty(), Roster.empty());
    }
}
