package org.zielbild.domain.target;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/**
 * Puts a picture on a statement (already stored among the session's attachments), or takes it off
 * with null. The attachment itself stays in the session, so undo brings the picture back.
 */
public record SetStatementPicture(String statementId, StatementPicture picture) implements Change {

    @Override
    public Session apply(Session session) {
        return session.withTarget(session.target().withStatementUpdated(statementId, s -> s.withPicture(picture)));
    }

    @Override
    public Change inverse(Session before) {
        return new SetStatementPicture(statementId, before.target().requireStatement(statementId).picture());
    }

    @Override
    public Message describe() {
        return Message.of(picture == null ? "change.target.removePicture" : "change.target.picture");
    }
}
