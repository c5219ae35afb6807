package org.zielbild.domain.board;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Private writing on or off: while hidden, the projector shows only how many notes each team wrote. */
public record SetBoardHidden(String boardId, boolean hidden) implements Change {

    @Override
    public Session apply(Session session) {
        return session.withBoards(session.boards().withBoardUpdated(boardId, b -> b.withHidden(hidden)));
    }

    @Override
    public Change inverse(Session before) {
        return new SetBoardHidden(boardId, before.boards().requireBoard(boardId).hidden());
    }

    @Override
    public Message describe() {
        return Message.of(hidden ? "change.board.hide" : "change.board.show");
    }
}
