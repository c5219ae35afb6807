package org.zielbild.domain.target;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Removes a statement (not while an open round rates it); past rounds keep its wording. */
public record RemoveStatement(String statementId) implements Change {

    @Override
    public Session apply(Session session) {
        return session.withTarget(session.target().withoutStatement(statementId));
    }

    @Override
    public Change inverse(Session before) {
        TargetPicture t = before.target();
        return new AddStatement(t.requireStatement(statementId), t.indexOfStatement(statementId));
    }

    @Override
    public Message describe() {
        return Message.of("change.target.removeStatement");
    }
}
