package org.zielbild.domain.board;

import java.util.Objects;
import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/**
 * Makes the board of a stage's prompt. Bookkeeping, not a user's step: a module makes its boards
 * the first time it is shown, so the change is journaled but never undone.
 */
public record AddBoard(Board board) implements Change {

    public AddBoard {
        Objects.requireNonNull(board, "board");
    }

    @Override
    public Session apply(Session session) {
        return session.withBoards(session.boards().withBoard(board));
    }

    @Override
    public Change inverse(Session before) {
        return new RemoveBoard(board.id());
    }

    @Override
    public Message describe() {
        return Message.of("change.board.add");
    }

    @Override
    public boolean undoable() {
        return false;
    }
}
