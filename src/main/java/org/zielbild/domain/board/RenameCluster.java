package org.zielbild.domain.board;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.domain.Texts;

/** Gives a cluster a new name. */
public record RenameCluster(String clusterId, String name) implements Change {

    @Override
    public Session apply(Session session) {
        return session.withBoards(session.boards().withClusterUpdated(clusterId, c -> c.withName(name)));
    }

    @Override
    public Change inverse(Session before) {
        return new RenameCluster(clusterId, before.boards().requireCluster(clusterId).name());
    }

    @Override
    public Message describe() {
        return Message.of("change.cluster.rename", Texts.singleLine(name));
    }
}
