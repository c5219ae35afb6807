package org.zielbild.domain.mandate;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Sets an action's due date (null: none); a date in the past is allowed and flagged. */
public record SetActionDue(String actionId, java.time.LocalDate due) implements Change {

    @Override
    public Session apply(Session session) {
        return MandateEdits.editAction(session, actionId, a -> a.withDue(due));
    }

    @Override
    public Change inverse(Session before) {
        return MandateEdits.restoreAction(before, actionId);
    }

    @Override
    public Message describe() {
        return Message.of("change.mandate.actionDue");
    }
}
