package org.zielbild.domain.mandate;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Removes an action. */
public record RemoveAction(String actionId) implements Change {

    @Override
    public Session apply(Session session) {
        return session.withMandates(session.mandates().withoutAction(actionId));
    }

    @Override
    public Change inverse(Session before) {
        return new PutBackAction(before.mandates().requireAction(actionId), before.mandates().indexOfAction(actionId));
    }

    @Override
    public Message describe() {
        return Message.of("change.mandate.removeAction");
    }
}
