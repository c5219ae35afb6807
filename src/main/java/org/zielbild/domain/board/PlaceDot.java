package org.zielbild.domain.board;

import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.domain.roster.Participant;

/**
 * One dot from a participant on a note. Refused beyond the participant's dots or the limit per
 * note, and while the results are shown: however fast the clicks come, each is checked against
 * the session as the previous click left it.
 */
public record PlaceDot(String boardId, String participantId, String noteId) implements Change {

    @Override
    public Session apply(Session session) {
        Boards boards = session.boards();
        Board board = boards.requireBoard(boardId);
        DotVote vote = board.requireVote();
        if (vote.revealed()) {
            throw DomainException.of("error.vote.revealed");
        }
        Participant who = session.roster().requireParticipant(participantId);
        Note note = boards.requireNote(noteId);
        if (!note.boardId().equals(boardId)) {
            throw DomainException.of("error.note.otherBoard");
        }
        DotBallot ballot = vote.ballot(participantId).orElse(new DotBallot(participantId, null));
        if (ballot.total() >= vote.dotsPerParticipant()) {
            throw DomainException.of("error.vote.noDotsLeft", who.name(), vote.dotsPerParticipant());
        }
        if (vote.maxPerNote() > 0 && ballot.on(noteId) >= vote.maxPerNote()) {
            throw DomainException.of("error.vote.noteFull", who.name(), vote.maxPerNote());
        }
        return session.withBoards(boards.withBoardUpdated(boardId, b -> b.withVote(vote.withBallot(ballot.plus(noteId, 1)))));
    }

    @Override
    public Change inverse(Session before) {
        return new RemoveDot(boardId, participantId, noteId);
    }

    @Override
    public Message describe() {
        return Message.of("change.vote.dot");
    }
}
