package org.zielbild.domain;

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
