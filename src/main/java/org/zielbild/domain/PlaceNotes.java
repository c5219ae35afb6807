package org.zielbild.domain;

import java.util.List;

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
