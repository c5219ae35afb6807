package org.zielbild.domain.mandate;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Marks an action open, in progress or done. */
public record SetActionStatus(String actionId, ActionStatus status) implements Change {

    @Override
    public Session apply(Session session) {
        java.util.Objects.requireNonNull(status, "status");
        return MandateEdits.editAction(session, actionId, a -> a.withStatus(status));
    }

    @Override
    public Change inverse(Session before) {
        return MandateEdits.restoreAction(before, actionId);
    }

    @Override
    public Message describe() {
        return Message.of("change.mandate.actionStatus");
    }
}
