package org.zielbild.domain.coaching;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Puts a coach's new name, style, photo, languages or capacity in place (same id). */
public record EditCoach(Coach coach) implements Change {

    public EditCoach {
        Objects.requireNonNull(coach, "coach");
    }

    @Override
    public Session apply(Session session) {
        Coaching c = session.coaching();
        Coach old = c.requireCoach(coach.id());
        Coach clean = coach.validated();
        c.coachNamed(clean.name()).filter(other -> !other.id().equals(clean.id())).ifPresent(other -> {
            throw DomainException.of("error.coaching.duplicateName", clean.name());
        });
        long pinned = c.pinnedTo(clean.id());
        if (clean.capacity() < pinned) {
            throw DomainException.of("error.coaching.capacityBelowPins", clean.name(), pinned);
        }
        List<Coach> coaches = new ArrayList<>(c.coaches());
        coaches.set(coaches.indexOf(old), clean);
        return session.withCoaching(c.withCoaches(coaches, c.pitchOrder()));
    }

    @Override
    public Change inverse(Session before) {
        return new EditCoach(before.coaching().requireCoach(coach.id()));
    }

    @Override
    public Message describe() {
        return Message.of("change.coaching.editCoach", coach.name());
    }
}
