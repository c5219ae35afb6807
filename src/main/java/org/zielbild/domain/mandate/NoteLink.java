package org.zielbild.domain.mandate;

import java.util.Objects;
import org.zielbild.domain.board.Boards;

/**
 * The note an action was made from (a next step on the closing board). The note stays where it is;
 * the link keeps a copy of its text, so it reads the same after the note is removed.
 */
public record NoteLink(String noteId, String boardId, String text) {

    public NoteLink {
        Objects.requireNonNull(noteId, "noteId");
        boardId = boardId == null ? "" : boardId;
        text = text == null ? "" : text;
    }

    /** A link to a note on a board, with a copy of its text now. */
    public static NoteLink to(Boards boards, String noteId) {
        var note = boards.note(noteId).orElseThrow(() -> org.zielbild.domain.DomainException.of("error.note.unknown"));
        return new NoteLink(note.id(), note.boardId(), note.text());
    }
}
