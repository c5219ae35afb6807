package org.zielbild.domain.coaching;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.domain.roster.Participant;

/** This participant and this coach must not meet; wins over the participant's ballot. */
public record AddForbiddenPair(ForbiddenPair pair) implements Change {

    public AddForbiddenPair {
        Objects.requireNonNull(pair, "pair");
    }

    @Override
    public Session apply(Session session) {
        Coaching c = session.coaching();
        Participant who = session.roster().requireParticipant(pair.participantId());
        Coach coach = c.requireCoach(pair.coachId());
        if (c.isForbidden(who.id(), coach.id())) {
            throw DomainException.of("error.coaching.alreadyForbidden", who.name(), coach.name());
        }
        if (c.pinOf(who.id()).filter(p -> p.coachId().equals(coach.id())).isPresent()) {
            throw DomainException.of("error.coaching.forbidPinned", who.name(), coach.name());
        }
        List<ForbiddenPair> list = new ArrayList<>(c.forbidden());
        list.add(pair);
        return session.withCoaching(c.withForbidden(list));
    }

    @Override
    public Change inverse(Session before) {
        return new RemoveForbiddenPair(pair);
    }

    @Override
    public Message describe() {
        return Message.of("change.coaching.forbid");
    }
}
