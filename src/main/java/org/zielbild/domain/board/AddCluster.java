package org.zielbild.domain.board;

import java.util.Objects;
import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.domain.Texts;

/** Adds an empty cluster; notes join it with {@link PlaceNotes}. */
public record AddCluster(Cluster cluster, int index) implements Change {

    public AddCluster {
        Objects.requireNonNull(cluster, "cluster");
    }

    public static AddCluster atEnd(Cluster cluster) {
        return new AddCluster(cluster, -1);
    }

    @Override
    public Session apply(Session session) {
        return session.withBoards(session.boards().withClusterAt(index, cluster));
    }

    @Override
    public Change inverse(Session before) {
        return new DissolveCluster(cluster.id());
    }

    @Override
    public Message describe() {
        return Message.of("change.cluster.add", Texts.singleLine(cluster.name()));
    }
}
