package org.zielbild.ui.modules.coaching;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.zielbild.domain.Language;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.domain.roster.AddParticipants;
import org.zielbild.domain.roster.Participant;
import org.zielbild.session.SessionService;
import org.zielbild.testing.MutableClock;
import org.zielbild.testing.Sessions;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.Notifier;
import org.zielbild.ui.common.SessionModel;

/** The template day with six people, a session model, a clock the test moves and predictable ids. */
final class CoachingFixture {

    static final Instant T0 = Instant.parse("2026-11-24T13:00:00Z");
    static final List<String> PEOPLE = List.of("Ahmet Yılmaz", "Bärbel Schütz", "Carla Nüßlein", "Dana Ek", "Emil Groß",
            "Fatma Demir");

    final MutableClock clock = new MutableClock(T0, ZoneOffset.UTC);
    final List<Message> errors = new ArrayList<>();
    final SessionService service;
    final SessionModel model;
    private final AtomicInteger counter = new AtomicInteger();
    final CoachingViewModel vm;

    CoachingFixture() {
        this(Language.EN);
    }

    CoachingFixture(Language language) {
        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE.size(); i++) {
            people.add(new Participant("p" + (i + 1), PEOPLE.get(i), null));
        }
        Session s = new AddParticipants(people).apply(Sessions.templateDay(language));
        service = SessionService.inMemory(s);
        model = new SessionModel(service, new Notifier() {
            @Override
            public void info(Message message) {
            }

            @Override
            public void error(Message message) {
                errors.add(message);
            }
        });
        vm = new CoachingViewModel(model, clock, () -> "id" + counter.incrementAndGet(), new I18n(language));
    }

    Session session() {
        return model.session();
    }

    /** Four coaches from CSV, as the facilitator pastes them. */
    void fourCoaches() {
        vm.coaches().importCoaches(vm.coaches().importPlan(
                "coach,capacity,style\nAnna Weber,2,Agile leadership\nBernd Köhler,2,Systemic coaching\n"
                        + "Chiara Rossi,1,\"Career, growth\"\n\"Okafor, Daniel\",2,Change and conflict\n"));
    }

    String coachId(String name) {
        return session().coaching().coachNamed(name).orElseThrow().id();
    }
}
