package org.zielbild.domain.board;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Removes the dot vote from a board, dots and all; undo brings it back. */
public record EndVote(String boardId) implements Change {

    @Override
    public Session apply(Session session) {
        session.boards().requireBoard(boardId).requireVote();
        return session.withBoards(session.boards().withBoardUpdated(boardId, b -> b.withVote(null)));
    }

    @Override
    public Change inverse(Session before) {
        return new RestoreVote(boardId, before.boards().requireBoard(boardId).vote());
    }

    @Override
    public Message describe() {
        return Message.of("change.vote.end");
    }
}
