package org.zielbild.domain.board;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Shows or hides a vote's results. While shown, no dots can be placed or taken back. */
public record RevealVote(String boardId, boolean revealed) implements Change {

    @Override
    public Session apply(Session session) {
        DotVote vote = session.boards().requireBoard(boardId).requireVote();
        return session.withBoards(session.boards().withBoardUpdated(boardId, b -> b.withVote(vote.withRevealed(revealed))));
    }

    @Override
    public Change inverse(Session before) {
        return new RevealVote(boardId, before.boards().requireBoard(boardId).requireVote().revealed());
    }

    @Override
    public Message describe() {
        return Message.of(revealed ? "change.vote.reveal" : "change.vote.hide");
    }
}
