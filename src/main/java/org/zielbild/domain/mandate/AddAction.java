package org.zielbild.domain.mandate;

import java.util.Objects;
import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/**
 * Adds a new action at {@code index} (at the end when out of range): its team, owner and link must
 * exist. Undoing a removal is {@link PutBackAction}, which may name a team or owner removed since.
 */
public record AddAction(Action action, int index) implements Change {

    public AddAction {
        Objects.requireNonNull(action, "action");
    }

    public static AddAction atEnd(Action action) {
        return new AddAction(action, -1);
    }

    @Override
    public Session apply(Session session) {
        Action a = action;
        MandateEdits.requireTeamOrNone(session, a.teamId());
        if (a.ownerId() != null) {
            MandateEdits.requireOwner(session, a.ownerId());
        }
        MandateEdits.requireLinkTarget(session, a.link());
        a = MandateEdits.refreshed(session, a);
        return session.withMandates(session.mandates().withActionAt(index, a));
    }

    @Override
    public Change inverse(Session before) {
        return new RemoveAction(action.id());
    }

    @Override
    public Message describe() {
        return Message.of("change.mandate.addAction");
    }
}
