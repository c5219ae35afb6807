package org.zielbild.domain.board;

import java.util.List;
import java.util.Objects;
import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.domain.Texts;

/** Adds a note at {@code index} in the drawing order (or on top when out of range). */
public record AddNote(Note note, int index) implements Change {

    public AddNote {
        Objects.requireNonNull(note, "note");
    }

    public static AddNote onTop(Note note) {
        return new AddNote(note, -1);
    }

    @Override
    public Session apply(Session session) {
        return session.withBoards(session.boards().withNoteAt(index, note, session.roster()));
    }

    @Override
    public Change inverse(Session before) {
        return new RemoveNotes(List.of(note.id()));
    }

    @Override
    public Message describe() {
        // Undo labels live in a menu: a long note is shortened there (only there).
        String text = Texts.singleLine(note.text());
        return Message.of("change.note.add", Texts.length(text) <= 40 ? text
                : text.substring(0, text.offsetByCodePoints(0, 39)) + "…");
    }
}
