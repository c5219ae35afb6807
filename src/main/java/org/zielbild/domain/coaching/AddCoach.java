package org.zielbild.domain.coaching;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.ListIndex;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/**
 * Adds a coach at {@code index} (-1: at the end) and into the pitch order at {@code pitchIndex}. As
 * the undo of {@link RemoveCoach} it also brings back the coach's pins, forbidden pairs and questions.
 */
public record AddCoach(Coach coach, int index, int pitchIndex, List<Pin> pins, List<ForbiddenPair> forbidden,
                       List<Question> questions) implements Change {

    public AddCoach {
        Objects.requireNonNull(coach, "coach");
        pins = pins == null ? List.of() : List.copyOf(pins);
        forbidden = forbidden == null ? List.of() : List.copyOf(forbidden);
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /** A new coach, last in the list and last to pitch. */
    public static AddCoach atEnd(Coach coach) {
        return new AddCoach(coach, -1, -1, List.of(), List.of(), List.of());
    }

    @Override
    public Session apply(Session session) {
        Coaching c = session.coaching();
        Coach clean = coach.validated();
        if (c.coach(clean.id()).isPresent()) {
            throw DomainException.of("error.duplicateId", clean.id());
        }
        if (c.coachNamed(clean.name()).isPresent()) {
            throw DomainException.of("error.coaching.duplicateName", clean.name());
        }
        if (c.coaches().size() >= Coach.MAX_COACHES) {
            throw DomainException.of("error.coaching.tooMany", Coach.MAX_COACHES);
        }
        boolean ownDependents = pins.stream().allMatch(p -> p.coachId().equals(clean.id()))
                && forbidden.stream().allMatch(f -> f.coachId().equals(clean.id()))
                && questions.stream().allMatch(q -> q.coachId().equals(clean.id()));
        if (!ownDependents || pins.size() > clean.capacity()) {
            throw DomainException.of("error.coaching.noCoach");
        }
        List<Coach> coaches = new ArrayList<>(c.coaches());
        coaches.add(ListIndex.clamp(index, coaches.size()), clean);
        List<String> order = new ArrayList<>(c.pitchOrder());
        order.add(ListIndex.clamp(pitchIndex, order.size()), clean.id());
        Coaching next = c.withCoaches(coaches, order)
                .withPins(concat(c.pins(), pins))
                .withForbidden(concat(c.forbidden(), forbidden))
                .withQuestions(concat(c.questions(), questions));
        return session.withCoaching(next);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Override
    public Change inverse(Session before) {
        return new RemoveCoach(coach.id());
    }

    @Override
    public Message describe() {
        return Message.of("change.coaching.addCoach", coach.name());
    }
}
