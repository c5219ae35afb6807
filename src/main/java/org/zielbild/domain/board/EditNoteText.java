package org.zielbild.domain.board;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Changes what a note says. */
public record EditNoteText(String noteId, String text) implements Change {

    @Override
    public Session apply(Session session) {
        return session.withBoards(session.boards().withNoteText(noteId, text));
    }

    @Override
    public Change inverse(Session before) {
        return new EditNoteText(noteId, before.boards().requireNote(noteId).text());
    }

    @Override
    public Message describe() {
        return Message.of("change.note.text");
    }
}
