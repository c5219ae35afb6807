package org.zielbild.domain.board;

import java.util.ArrayList;
import java.util.List;
import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Removes a board that has no notes and no clusters (notes are never dropped with their board). */
public record RemoveBoard(String boardId) implements Change {

    @Override
    public Session apply(Session session) {
        Boards boards = session.boards();
        Board board = boards.requireBoard(boardId);
        if (!boards.notesOf(boardId).isEmpty() || !boards.clustersOf(boardId).isEmpty()) {
            throw DomainException.of("error.board.notEmpty");
        }
        List<Board> list = new ArrayList<>(boards.boards());
        list.remove(board);
        return session.withBoards(new Boards(list, boards.notes(), boards.clusters()));
    }

    @Override
    public Change inverse(Session before) {
        return new AddBoard(before.boards().requireBoard(boardId));
    }

    @Override
    public Message describe() {
        return Message.of("change.board.remove");
    }

    @Override
    public boolean undoable() {
        return false;
    }
}
