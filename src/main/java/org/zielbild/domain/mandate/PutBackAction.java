package org.zielbild.domain.mandate;

import java.util.Objects;
import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/**
 * Puts a removed action back at its place, exactly as it was: the undo of {@link RemoveAction}. It
 * may name a team or an owner removed since (shown under "removed team", "former participant").
 */
public record PutBackAction(Action action, int index) implements Change {

    public PutBackAction {
        Objects.requireNonNull(action, "action");
    }

    @Override
    public Session apply(Session session) {
        return session.withMandates(session.mandates().withActionAt(index, action));
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
