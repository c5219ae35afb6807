package org.zielbild.domain.board;

import java.util.Objects;

/** Where a note sits: its area, its position and its cluster (null for none). */
public record NotePlacement(String noteId, int area, double x, double y, String clusterId) {

    public NotePlacement {
        Objects.requireNonNull(noteId, "noteId");
    }
}
