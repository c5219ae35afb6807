package org.zielbild.domain.mandate;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Links an action to a statement or a mandate (null: no link). */
public record SetActionLink(String actionId, ActionLink link) implements Change {

    @Override
    public Session apply(Session session) {
        MandateEdits.requireLinkTarget(session, link);
        return MandateEdits.editAction(session, actionId, a -> a.withLink(link));
    }

    @Override
    public Change inverse(Session before) {
        return MandateEdits.restoreAction(before, actionId);
    }

    @Override
    public Message describe() {
        return Message.of("change.mandate.actionLink");
    }
}
