package org.zielbild.domain.coaching;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.domain.roster.Participant;

/**
 * Pins a participant to a coach, or takes the pin away ({@code coachId} null). Pins are kept by
 * every later computation. Refused for a forbidden pair and beyond the coach's capacity.
 */
public record SetPin(String participantId, String coachId) implements Change {

    public SetPin {
        Objects.requireNonNull(participantId, "participantId");
    }

    @Override
    public Session apply(Session session) {
        Coaching c = session.coaching();
        Participant who = session.roster().requireParticipant(participantId);
        List<Pin> pins = new ArrayList<>(c.pins());
        pins.removeIf(p -> p.participantId().equals(participantId));
        if (coachId != null) {
            Coach coach = c.requireCoach(coachId);
            if (c.isForbidden(participantId, coachId)) {
                throw DomainException.of("error.coaching.pinForbidden", who.name(), coach.name());
            }
            long taken = pins.stream().filter(p -> p.coachId().equals(coachId)).count();
            if (taken >= coach.capacity()) {
                throw DomainException.of("error.coaching.pinFull", coach.name(), coach.capacity());
            }
            pins.add(new Pin(participantId, coachId));
        }
        return session.withCoaching(c.withPins(pins));
    }

    @Override
    public Change inverse(Session before) {
        return new SetPin(participantId, before.coaching().pinOf(participantId).map(Pin::coachId).orElse(null));
    }

    @Override
    public Message describe() {
        return Message.of(coachId == null ? "change.coaching.unpin" : "change.coaching.pin");
    }
}
