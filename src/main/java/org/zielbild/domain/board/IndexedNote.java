package org.zielbild.domain.board;

import java.util.Objects;

/** A note together with its place in the drawing order, to put it back where it was. */
public record IndexedNote(int index, Note note) {

    public IndexedNote {
        Objects.requireNonNull(note, "note");
    }
}
