package org.zielbild.domain.target;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Marks a statement for rework (it missed the gate) or clears the mark. */
public record MarkRework(String statementId, boolean rework) implements Change {

    @Override
    public Session apply(Session session) {
        return session.withTarget(session.target().withStatementUpdated(statementId, s -> s.withRework(rework)));
    }

    @Override
    public Change inverse(Session before) {
        return new MarkRework(statementId, before.target().requireStatement(statementId).rework());
    }

    @Override
    public Message describe() {
        return Message.of(rework ? "change.target.rework" : "change.target.reworkDone");
    }
}
