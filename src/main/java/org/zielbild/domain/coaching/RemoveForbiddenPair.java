package org.zielbild.domain.coaching;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Lifts a forbidden pair. */
public record RemoveForbiddenPair(ForbiddenPair pair) implements Change {

    public RemoveForbiddenPair {
        Objects.requireNonNull(pair, "pair");
    }

    @Override
    public Session apply(Session session) {
        Coaching c = session.coaching();
        // Pairs of someone who left stay (ignored) until they come back, so undo can always put them back.
        session.roster().requireParticipant(pair.participantId());
        List<ForbiddenPair> list = new ArrayList<>(c.forbidden());
        if (!list.remove(pair)) {
            throw DomainException.of("error.coaching.noSuchPair");
        }
        return session.withCoaching(c.withForbidden(list));
    }

    @Override
    public Change inverse(Session before) {
        return new AddForbiddenPair(pair);
    }

    @Override
    public Message describe() {
        return Message.of("change.coaching.allow");
    }
}
