package org.zielbild.ui.board;

import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.zielbild.domain.Ballot;
import org.zielbild.domain.DotVote;
import org.zielbild.domain.EndVote;
import org.zielbild.domain.Participant;
import org.zielbild.domain.PlaceDot;
import org.zielbild.domain.RemoveDot;
import org.zielbild.domain.RevealVote;
import org.zielbild.domain.Roster;
import org.zielbild.domain.StartVote;
import org.zielbild.ui.common.SessionModel;

/**
 * A board's dot vote: start and end it, place and take back dots (each a change the domain
 * checks, so nobody exceeds the dots or the limit per note, however fast the clicks), reveal the
 * totals. One participant's own dots are readable here for the ballot screen and the
 * facilitator's entry; the projection never asks (it reads only the snapshot's revealed totals).
 */
public final class DotVoting {

    private final SessionModel model;
    private final String boardId;
    private final Supplier<BoardSnapshot> snapshot;
    private final Supplier<String> ids;
    private final Clock clock;
    private final ObjectProperty<Participant> voter = new SimpleObjectProperty<>();
    private final BooleanProperty dotMode = new SimpleBooleanProperty();

    DotVoting(SessionModel model, String boardId, Supplier<BoardSnapshot> snapshot, Supplier<String> ids, Clock clock) {
        this.model = model;
        this.boardId = boardId;
        this.snapshot = snapshot;
        this.ids = ids;
        this.clock = clock;
    }

    /** Whose dots a click places while {@link #dotModeProperty()} is on. */
    public ObjectProperty<Participant> voterProperty() {
        return voter;
    }

    public BooleanProperty dotModeProperty() {
        return dotMode;
    }

    public boolean start(int dotsPerParticipant, int maxPerNote) {
        return model.apply(new StartVote(boardId, DotVote.start(ids.get(), dotsPerParticipant, maxPerNote, clock.instant())));
    }

    public boolean end() {
        return vote() != null && model.apply(new EndVote(boardId));
    }

    public boolean reveal(boolean revealed) {
        DotVote vote = vote();
        return vote != null && vote.revealed() != revealed && model.apply(new RevealVote(boardId, revealed));
    }

    /** One dot; refused (with a message) beyond the participant's dots or the limit per note. */
    public boolean placeDot(String participantId, String noteId) {
        return model.apply(new PlaceDot(boardId, participantId, noteId));
    }

    public boolean removeDot(String participantId, String noteId) {
        return model.apply(new RemoveDot(boardId, participantId, noteId));
    }

    /** One participant's dots by note; for the ballot screen and the facilitator's entry, never the projector. */
    public Map<String, Integer> dotsOf(String participantId) {
        DotVote vote = vote();
        return vote == null ? Map.of() : vote.ballot(participantId).map(Ballot::dots).orElse(Map.of());
    }

    public int dotsLeft(String participantId) {
        DotVote vote = vote();
        return vote == null ? 0 : vote.left(participantId);
    }

    private DotVote vote() {
        return snapshot.get().board().vote();
    }

    /** The roster changed: the chosen voter is the same person as now (or nobody when removed). */
    void rosterChanged(Roster roster) {
        voter.set(voter.get() == null ? null : roster.participant(voter.get().id()).orElse(null));
    }
}
