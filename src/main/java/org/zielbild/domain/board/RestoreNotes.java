package org.zielbild.domain.board;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/**
 * Puts deleted notes back at their places in the drawing order, with the dots they had: the
 * undo of {@link RemoveNotes}. The dots were within the limits when they were placed, so they
 * are given back as they were, even while the results are shown.
 */
public record RestoreNotes(List<IndexedNote> notes, List<NoteDots> dots) implements Change {

    public RestoreNotes {
        notes = notes.stream().sorted(Comparator.comparingInt(IndexedNote::index)).toList();
        dots = List.copyOf(dots);
    }

    @Override
    public Session apply(Session session) {
        Boards boards = session.boards().withNotesRestored(notes);
        Map<String, Note> dotted = boards.notesById(dots.stream().map(NoteDots::noteId).toList());
        for (NoteDots d : dots) {
            Note note = dotted.get(d.noteId());
            if (note == null) {
                throw DomainException.of("error.note.unknown");
            }
            boards = boards.withBoardUpdated(note.boardId(), b -> b.withVote(b.requireVote().withBallot(
                    b.vote().ballot(d.participantId()).orElse(new DotBallot(d.participantId(), null))
                            .plus(d.noteId(), d.count()))));
        }
        return session.withBoards(boards);
    }

    @Override
    public Change inverse(Session before) {
        List<String> ids = new ArrayList<>();
        notes.forEach(n -> ids.add(n.note().id()));
        return new RemoveNotes(ids);
    }

    @Override
    public Message describe() {
        return Message.of("change.note.restore", notes.size());
    }
}
