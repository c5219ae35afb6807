package org.zielbild.domain.coaching;

import java.util.ArrayList;
import java.util.List;
import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/**
 * Removes a coach with their pins, forbidden pairs and questions (undo brings all back). Ballots
 * keep their order without the coach; computed runs keep their record. Refused while the wall shows
 * the coach's pitch or questions.
 */
public record RemoveCoach(String coachId) implements Change {

    @Override
    public Session apply(Session session) {
        Coaching c = session.coaching();
        Coach coach = c.requireCoach(coachId);
        if (coachId.equals(c.view().coachId())) {
            throw DomainException.of("error.coaching.onTheWall", coach.name());
        }
        List<Coach> coaches = new ArrayList<>(c.coaches());
        coaches.remove(coach);
        List<String> order = new ArrayList<>(c.pitchOrder());
        order.remove(coachId);
        Coaching next = c.withCoaches(coaches, order)
                .withPins(c.pins().stream().filter(p -> !p.coachId().equals(coachId)).toList())
                .withForbidden(c.forbidden().stream().filter(f -> !f.coachId().equals(coachId)).toList())
                .withQuestions(c.questions().stream().filter(q -> !q.coachId().equals(coachId)).toList());
        return session.withCoaching(next);
    }

    @Override
    public Change inverse(Session before) {
        Coaching c = before.coaching();
        Coach coach = c.requireCoach(coachId);
        return new AddCoach(coach, c.indexOfCoach(coachId), c.pitchOrder().indexOf(coachId),
                c.pins().stream().filter(p -> p.coachId().equals(coachId)).toList(),
                c.forbidden().stream().filter(f -> f.coachId().equals(coachId)).toList(),
                c.questionsFor(coachId));
    }

    @Override
    public Message describe() {
        return Message.of("change.coaching.removeCoach");
    }
}
