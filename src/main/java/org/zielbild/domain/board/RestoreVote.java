package org.zielbild.domain.board;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Puts a board's vote back as it was (null: no vote); the undo of starting or ending a vote. */
public record RestoreVote(String boardId, DotVote vote) implements Change {

    @Override
    public Session apply(Session session) {
        if (vote != null) {
            vote.validated();
        }
        return session.withBoards(session.boards().withBoardUpdated(boardId, b -> b.withVote(vote)));
    }

    @Override
    public Change inverse(Session before) {
        return new RestoreVote(boardId, before.boards().requireBoard(boardId).vote());
    }

    @Override
    public Message describe() {
        return Message.of("change.vote.restore");
    }
}
