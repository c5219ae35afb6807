package org.zielbild.domain.board;

import java.util.Objects;

/** How many dots one participant had placed on a note, to give them back on undo. */
public record NoteDots(String participantId, String noteId, int count) {

    public NoteDots {
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(noteId, "noteId");
    }
}
