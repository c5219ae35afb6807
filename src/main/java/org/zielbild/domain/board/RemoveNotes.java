package org.zielbild.domain.board;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Deletes notes, and the dots placed on them; undo gives both back. */
public record RemoveNotes(List<String> noteIds) implements Change {

    public RemoveNotes {
        noteIds = List.copyOf(noteIds);
    }

    @Override
    public Session apply(Session session) {
        Set<String> ids = new HashSet<>(noteIds);
        if (ids.size() != noteIds.size()) {
            throw DomainException.of("error.note.twice");
        }
        return session.withBoards(session.boards().withoutNotes(ids));
    }

    @Override
    public Change inverse(Session before) {
        Boards boards = before.boards();
        Set<String> ids = new HashSet<>(noteIds);
        List<IndexedNote> notes = new ArrayList<>();
        for (int i = 0; i < boards.notes().size(); i++) {
            Note n = boards.notes().get(i);
            if (ids.contains(n.id())) {
                notes.add(new IndexedNote(i, n));
            }
        }
        notes.sort(Comparator.comparingInt(IndexedNote::index));
        List<NoteDots> dots = new ArrayList<>();
        for (Board b : boards.boards()) {
            if (b.vote() != null) {
                b.vote().ballots().forEach(ballot -> ballot.dots().forEach((note, n) -> {
                    if (ids.contains(note)) {
                        dots.add(new NoteDots(ballot.participantId(), note, n));
                    }
                }));
            }
        }
        return new RestoreNotes(notes, dots);
    }

    @Override
    public Message describe() {
        return Message.of("change.note.remove", noteIds.size());
    }
}
