package org.zielbild.domain.board;

import java.util.List;
import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/**
 * Gives notes another team, author or colour. A team must be in the roster when it is set; the
 * undo puts back whatever the notes had, even a team removed in the meantime.
 */
public record SetNoteDetails(List<NoteDetails> details, boolean restoring) implements Change {

    public SetNoteDetails {
        details = List.copyOf(details);
    }

    public SetNoteDetails(List<NoteDetails> details) {
        this(details, false);
    }

    @Override
    public Session apply(Session session) {
        return session.withBoards(session.boards().withNoteDetails(details, restoring ? null : session.roster()));
    }

    @Override
    public Change inverse(Session before) {
        return new SetNoteDetails(before.boards().requireNotes(details.stream().map(NoteDetails::noteId).toList())
                .stream().map(Note::details).toList(), true);
    }

    @Override
    public Message describe() {
        return Message.of("change.note.details", details.size());
    }
}
