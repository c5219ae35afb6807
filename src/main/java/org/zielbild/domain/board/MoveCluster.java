package org.zielbild.domain.board;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Moves a cluster's anchor (where its frame is drawn while it is empty); members move with {@link PlaceNotes}. */
public record MoveCluster(String clusterId, double x, double y) implements Change {

    @Override
    public Session apply(Session session) {
        return session.withBoards(session.boards().withClusterUpdated(clusterId, c -> c.at(x, y)));
    }

    @Override
    public Change inverse(Session before) {
        Cluster c = before.boards().requireCluster(clusterId);
        return new MoveCluster(clusterId, c.x(), c.y());
    }

    @Override
    public Message describe() {
        return Message.of("change.cluster.move");
    }
}
