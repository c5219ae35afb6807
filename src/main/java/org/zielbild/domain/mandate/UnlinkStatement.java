package org.zielbild.domain.mandate;

import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** The mandate no longer serves the statement (a removed statement too). */
public record UnlinkStatement(String teamId, String statementId) implements Change {

    @Override
    public Session apply(Session session) {
        return MandateEdits.edit(session, teamId, m -> {
            if (!m.links(statementId)) {
                throw DomainException.of("error.mandate.notLinked");
            }
            return m.withStatements(m.statements().stream().filter(l -> !l.statementId().equals(statementId)).toList());
        });
    }

    @Override
    public Change inverse(Session before) {
        return MandateEdits.restore(before, teamId);
    }

    @Override
    public Message describe() {
        return Message.of("change.mandate.unlink");
    }
}
