package org.zielbild.domain.target;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Moves a statement to another place on the poster (0 = first). */
public record MoveStatement(String statementId, int toIndex) implements Change {

    @Override
    public Session apply(Session session) {
        return session.withTarget(session.target().withStatementMoved(statementId, toIndex));
    }

    @Override
    public Change inverse(Session before) {
        return new MoveStatement(statementId, before.target().indexOfStatement(statementId));
    }

    @Override
    public Message describe() {
        return Message.of("change.target.moveStatement");
    }
}
