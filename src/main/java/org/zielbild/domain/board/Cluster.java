package org.zielbild.domain.board;

import java.util.Objects;

/**
 * A named group of notes on one board. Members point to it ({@link Note#clusterId()}); on screen
 * its frame is drawn around them, or at {@code (x, y)} while it is empty.
 */
public record Cluster(String id, String boardId, String name, double x, double y) {

    public static final int MAX_NAME = 80;

    public Cluster {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(boardId, "boardId");
        Objects.requireNonNull(name, "name");
    }

    Cluster withName(String newName) {
        return new Cluster(id, boardId, newName, x, y);
    }

    Cluster at(double newX, double newY) {
        return new Cluster(id, boardId, name, newX, newY);
    }
}
