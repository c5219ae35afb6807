package org.zielbild.domain.target;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Rewords a statement; rounds that rated it keep the wording they rated. */
public record EditStatementText(String statementId, String text) implements Change {

    @Override
    public Session apply(Session session) {
        return session.withTarget(session.target().withStatementUpdated(statementId, s -> s.withText(text)));
    }

    @Override
    public Change inverse(Session before) {
        return new EditStatementText(statementId, before.target().requireStatement(statementId).text());
    }

    @Override
    public Message describe() {
        return Message.of("change.target.editStatement");
    }
}
