package org.zielbild.domain.mandate;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Gives an action an owner, who must be a participant (null: no owner yet). */
public record SetActionOwner(String actionId, String ownerId) implements Change {

    @Override
    public Session apply(Session session) {
        if (ownerId != null) {
            MandateEdits.requireOwner(session, ownerId);
        }
        return MandateEdits.editAction(session, actionId, a -> a.withOwner(ownerId, ""));
    }

    @Override
    public Change inverse(Session before) {
        return MandateEdits.restoreAction(before, actionId);
    }

    @Override
    public Message describe() {
        return Message.of("change.mandate.actionOwner");
    }
}
