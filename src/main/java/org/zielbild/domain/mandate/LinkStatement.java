package org.zielbild.domain.mandate;

import java.util.ArrayList;
import java.util.List;
import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** The mandate serves a target statement (made with {@link StatementLink#to}). */
public record LinkStatement(String teamId, StatementLink link) implements Change {

    @Override
    public Session apply(Session session) {
        session.target().requireStatement(link.statementId());
        return MandateEdits.edit(session, teamId, m -> {
            if (m.links(link.statementId())) {
                throw DomainException.of("error.mandate.linkedTwice");
            }
            List<StatementLink> list = new ArrayList<>(m.statements());
            list.add(link);
            return m.withStatements(list);
        });
    }

    @Override
    public Change inverse(Session before) {
        return MandateEdits.restore(before, teamId);
    }

    @Override
    public Message describe() {
        return Message.of("change.mandate.link");
    }
}
