package org.zielbild.domain.board;

import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Takes one of a participant's dots off a note (not while the results are shown). */
public record RemoveDot(String boardId, String participantId, String noteId) implements Change {

    @Override
    public Session apply(Session session) {
        Boards boards = session.boards();
        DotVote vote = boards.requireBoard(boardId).requireVote();
        if (vote.revealed()) {
            throw DomainException.of("error.vote.revealed");
        }
        DotBallot ballot = vote.ballot(participantId).filter(b -> b.on(noteId) > 0)
                .orElseThrow(() -> DomainException.of("error.vote.noDot"));
        return session.withBoards(boards.withBoardUpdated(boardId, b -> b.withVote(vote.withBallot(ballot.plus(noteId, -1)))));
    }

    @Override
    public Change inverse(Session before) {
        return new PlaceDot(boardId, participantId, noteId);
    }

    @Override
    public Message describe() {
        return Message.of("change.vote.undot");
    }
}
