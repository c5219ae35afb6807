package org.zielbild.domain.target;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.domain.roster.TeamColor;

/** Gives a statement's card a colour; null for the neutral card. */
public record SetStatementColor(String statementId, TeamColor color) implements Change {

    @Override
    public Session apply(Session session) {
        return session.withTarget(session.target().withStatementUpdated(statementId, s -> s.withColor(color)));
    }

    @Override
    public Change inverse(Session before) {
        return new SetStatementColor(statementId, before.target().requireStatement(statementId).color());
    }

    @Override
    public Message describe() {
        return Message.of("change.target.color");
    }
}
