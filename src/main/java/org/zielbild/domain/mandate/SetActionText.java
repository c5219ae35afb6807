package org.zielbild.domain.mandate;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Rewords what an action is. */
public record SetActionText(String actionId, String what) implements Change {

    @Override
    public Session apply(Session session) {
        return MandateEdits.editAction(session, actionId, a -> a.withWhat(what));
    }

    @Override
    public Change inverse(Session before) {
        return MandateEdits.restoreAction(before, actionId);
    }

    @Override
    public Message describe() {
        return Message.of("change.mandate.actionText");
    }
}
