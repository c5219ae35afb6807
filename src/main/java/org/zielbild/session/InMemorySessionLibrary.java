package org.zielbild.session;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Sessions that live only as long as the app runs; for tests and demos. */
public final class InMemorySessionLibrary implements SessionLibrary {

    private final Map<String, SessionState> sessions = new LinkedHashMap<>();
    private final Map<String, java.time.Instant> lastChange = new LinkedHashMap<>();
    private final Clock clock;

    public InMemorySessionLibrary(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized List<SessionSummary> list() {
        List<SessionSummary> list = new ArrayList<>();
        sessions.forEach((id, st) -> list.add(new SessionSummary(id, st.session().info().title(),
                st.session().info().date(), lastChange.get(id), "memory:" + id)));
        list.sort(Comparator.comparing(SessionSummary::lastChange).reversed());
        return list;
    }

    @Override
    public synchronized OpenSession create(Session session, Executor callbacks) {
        sessions.put(session.id(), SessionState.fresh(session));
        lastChange.put(session.id(), clock.instant());
        return openState(session.id(), callbacks);
    }

    @Override
    public synchronized OpenSession open(SessionSummary summary, Executor callbacks) throws SessionUnavailableException {
        if (!sessions.containsKey(summary.id())) {
            throw new SessionUnavailableException(Message.of("error.session.notFound", summary.location()));
        }
        return openState(summary.id(), callbacks);
    }

    @Override
    public OpenSession openFolder(Path folder, Executor callbacks) throws SessionUnavailableException {
        throw new SessionUnavailableException(Message.of("error.session.notFound", folder.toString()));
    }

    private OpenSession openState(String id, Executor callbacks) {
        SessionService service = new SessionService(sessions.get(id), new InMemoryJournal(), callbacks, clock);
        service.addListener(e -> {
            synchronized (this) {
                sessions.put(id, service.state());
                lastChange.put(id, clock.instant());
            }
        });
        return new OpenSession() {
            @Override
            public SessionService service() {
                return service;
            }

            @Override
            public List<Message> notes() {
                return List.of();
            }

            @Override
            public String location() {
                return "memory:" + id;
            }

            @Override
            public void close() {
                service.close();
            }
        };
    }
}
