package org.zielbild.domain.mandate;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Writes an action's first step. */
public record SetActionFirstStep(String actionId, String firstStep) implements Change {

    @Override
    public Session apply(Session session) {
        return MandateEdits.editAction(session, actionId, a -> a.withFirstStep(firstStep));
    }

    @Override
    public Change inverse(Session before) {
        return MandateEdits.restoreAction(before, actionId);
    }

    @Override
    public Message describe() {
        return Message.of("change.mandate.actionFirstStep");
    }
}
