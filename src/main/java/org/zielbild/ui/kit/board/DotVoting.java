package org.zielbild.ui.kit.board;

import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.zielbild.domain.board.DotBallot;
import org.zielbild.domain.board.DotVote;
import org.zielbild.domain.board.EndVote;
import org.zielbild.domain.board.PlaceDot;
import org.zielbild.domain.board.RemoveDot;
import org.zielbild.domain.board.RevealVote;
import org.zielbild.domain.board.StartVote;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.roster.Roster;

/**
 * A board's dot vote: start and end it, place and take back dots (each a change the domain
 * checks, so nobody exceeds the dots or the limit per note, however fast the clicks), reveal the
 * totals. One participant's own dots are readable here for the ballot screen and the
 * facilitator's entry; the projection never asks (it reads only the snapshot's revealed totals).
 */
public final class DotVoting {

    private final BoardContext board;
    private final ObjectProperty<Participant> voter = new SimpleObjectProperty<>();
    private final BooleanProperty dotMode = new SimpleBooleanProperty();

    DotVoting(BoardContext board) {
        this.board = board;
    }

    /** Whose dots a click places while {@link #dotModeProperty()} is on. */
    public ObjectProperty<Participant> voterProperty() {
        return voter;
    }

    public BooleanProperty dotModeProperty() {
        return dotMode;
    }

    public boolean start(int dotsPerParticipant, int maxPerNote) {
        DotVote vote = DotVote.start(board.newId(), dotsPerParticipant, maxPerNote, board.now());
        return board.model().apply(new StartVote(board.boardId(), vote));
    }

    public boolean end() {
        return vote() != null && board.model().apply(new EndVote(board.boardId()));
    }

    public boolean reveal(boolean revealed) {
        DotVote vote = vote();
        return vote != null && vote.revealed() != revealed && board.model().apply(new RevealVote(board.boardId(), revealed));
    }

    /** One dot; refused (with a message) beyond the participant's dots or the limit per note. */
    public boolean placeDot(String participantId, String noteId) {
        return board.model().apply(new PlaceDot(board.boardId(), participantId, noteId));
    }

    public boolean removeDot(String participantId, String noteId) {
        return board.model().apply(new RemoveDot(board.boardId(), participantId, noteId));
    }

    /** One participant's dots by note; for the ballot screen and the facilitator's entry, never the projector. */
    public Map<String, Integer> dotsOf(String participantId) {
        DotVote vote = vote();
        return vote == null ? Map.of() : vote.ballot(participantId).map(DotBallot::dots).orElse(Map.of());
    }

    public int dotsLeft(String participantId) {
        DotVote vote = vote();
        return vote == null ? 0 : vote.left(participantId);
    }

    private DotVote vote() {
        return board.snapshot().board().vote();
    }

    /** The roster changed: the chosen voter is the same person as now (or nobody when removed). */
    void rosterChanged(Roster roster) {
        voter.set(voter.get() == null ? null : roster.participant(voter.get().id()).orElse(null));
    }
}
