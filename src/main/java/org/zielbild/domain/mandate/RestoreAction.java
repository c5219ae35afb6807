package org.zielbild.domain.mandate;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Puts an action back as it was, found by its id; the inverse of every action edit. */
public record RestoreAction(Action action) implements Change {

    @Override
    public Session apply(Session session) {
        return session.withMandates(session.mandates().withActionUpdated(action.id(), a -> action));
    }

    @Override
    public Change inverse(Session before) {
        return MandateEdits.restoreAction(before, action.id());
    }

    @Override
    public Message describe() {
        return Message.of("change.mandate.restoreAction");
    }
}
