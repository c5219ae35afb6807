package org.zielbild.domain.target;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Sets when a statement is meant to be true ("in 2 years"); "" for none. */
public record SetStatementHorizon(String statementId, String horizon) implements Change {

    @Override
    public Session apply(Session session) {
        return session.withTarget(session.target().withStatementUpdated(statementId, s -> s.withHorizon(horizon)));
    }

    @Override
    public Change inverse(Session before) {
        return new SetStatementHorizon(statementId, before.target().requireStatement(statementId).horizon());
    }

    @Override
    public Message describe() {
        return Message.of("change.target.horizon");
    }
}
