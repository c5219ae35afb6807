package org.zielbild.domain.target;

import java.util.ArrayList;
import java.util.List;
import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Takes a source link off a statement. */
public record UnlinkSource(String statementId, String linkId) implements Change {

    @Override
    public Session apply(Session session) {
        return session.withTarget(session.target().withStatementUpdated(statementId, s -> {
            List<SourceLink> list = new ArrayList<>(s.sources());
            if (!list.removeIf(l -> l.id().equals(linkId))) {
                throw DomainException.of("error.target.noLink");
            }
            return s.withSources(list);
        }));
    }

    @Override
    public Change inverse(Session before) {
        List<SourceLink> links = before.target().requireStatement(statementId).sources();
        for (int i = 0; i < links.size(); i++) {
            if (links.get(i).id().equals(linkId)) {
                return new LinkSource(statementId, links.get(i), i);
            }
        }
        throw DomainException.of("error.target.noLink");
    }

    @Override
    public Message describe() {
        return Message.of("change.target.unlink");
    }
}
