package org.zielbild.domain.board;

import java.util.List;
import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/**
 * Moves notes: position, area and cluster in one step. Dragging, dragging into or out of a
 * cluster, tidying and arranging by votes are all this change.
 */
public record PlaceNotes(List<NotePlacement> placements) implements Change {

    public PlaceNotes {
        placements = List.copyOf(placements);
    }

    @Override
    public Session apply(Session session) {
        return session.withBoards(session.boards().withNotesPlaced(placements));
    }

    @Override
    public Change inverse(Session before) {
        return new PlaceNotes(before.boards().requireNotes(placements.stream().map(NotePlacement::noteId).toList())
                .stream().map(Note::placement).toList());
    }

    @Override
    public Message describe() {
        return Message.of("change.note.place", placements.size());
    }
}
