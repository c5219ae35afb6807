package org.zielbild.domain.target;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.ListIndex;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Links a statement to a note or cluster it was made from (made with {@link SourceLinks}). */
public record LinkSource(String statementId, SourceLink link, int index) implements Change {

    public LinkSource {
        Objects.requireNonNull(link, "link");
    }

    @Override
    public Session apply(Session session) {
        return session.withTarget(session.target().withStatementUpdated(statementId, s -> {
            if (s.sources().stream().anyMatch(l -> l.id().equals(link.id()))) {
                throw DomainException.of("error.duplicateId", link.id());
            }
            if (s.sources().stream().anyMatch(l -> l.kind() == link.kind() && l.sourceId().equals(link.sourceId()))) {
                throw DomainException.of("error.target.linkedTwice");
            }
            List<SourceLink> list = new ArrayList<>(s.sources());
            list.add(ListIndex.clamp(index, list.size()), link);
            return s.withSources(list);
        }));
    }

    @Override
    public Change inverse(Session before) {
        return new UnlinkSource(statementId, link.id());
    }

    @Override
    public Message describe() {
        return Message.of("change.target.link");
    }
}
