package org.zielbild.domain.board;

import java.util.List;
import org.zielbild.domain.Batch;
import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Removes a cluster; its notes stay where they are, in no cluster. */
public record DissolveCluster(String clusterId) implements Change {

    @Override
    public Session apply(Session session) {
        return session.withBoards(session.boards().withoutCluster(clusterId));
    }

    @Override
    public Change inverse(Session before) {
        Boards boards = before.boards();
        Cluster cluster = boards.requireCluster(clusterId);
        AddCluster add = new AddCluster(cluster, boards.indexOfCluster(clusterId));
        List<NotePlacement> members = boards.members(clusterId).stream().map(Note::placement).toList();
        if (members.isEmpty()) {
            return add;
        }
        return new Batch(Message.of("change.cluster.restore", cluster.name()), List.of(add, new PlaceNotes(members)));
    }

    @Override
    public Message describe() {
        return Message.of("change.cluster.dissolve");
    }
}
