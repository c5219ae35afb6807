package org.zielbild.domain.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Session;
import org.zielbild.testing.BoardFixture;

class DotVoteTest {

    private final BoardFixture f = new BoardFixture();

    private Session withVote(int dots, int maxPerNote) {
        Session s = f.session;
        for (String id : List.of("a", "b", "c")) {
            s = AddNote.onTop(f.note(id, "note " + id)).apply(s);
        }
        return new StartVote(f.boardId, DotVote.start("v", dots, maxPerNote, BoardFixture.T0)).apply(s);
    }

    private DotVote vote(Session s) {
        return s.boards().requireBoard(f.boardId).vote();
    }

    @Test
    void aParticipantCannotPlaceMoreDotsThanTheyHave() {
        Session s = withVote(3, 0);
        s = new PlaceDot(f.boardId, "p-ann", "a").apply(s);
        s = new PlaceDot(f.boardId, "p-ann", "a").apply(s);
        s = new PlaceDot(f.boardId, "p-ann", "b").apply(s);
        Session full = s;
        assertThatThrownBy(() -> new PlaceDot(f.boardId, "p-ann", "c").apply(full))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.userMessage().key()).isEqualTo("error.vote.noDotsLeft");
                    assertThat(e.userMessage().args()).containsExactly("Ann", 3);
                });
        assertThat(vote(full).used("p-ann")).isEqualTo(3);
        assertThat(vote(full).left("p-ben")).isEqualTo(3);
    }

    @Test
    void theLimitPerNoteHolds() {
        Session s = new PlaceDot(f.boardId, "p-ann", "a").apply(withVote(3, 1));
        Session one = s;
        assertThatThrownBy(() -> new PlaceDot(f.boardId, "p-ann", "a").apply(one)).hasMessageContaining("error.vote.noteFull");
        assertThat(new PlaceDot(f.boardId, "p-ben", "a").apply(one)).isNotNull();
    }

    @Test
    void noDotsWhileTheResultsAreShownAndRevealIsUndoable() {
        Session s = new PlaceDot(f.boardId, "p-ann", "a").apply(withVote(3, 0));
        Session shown = new RevealVote(f.boardId, true).apply(s);
        assertThatThrownBy(() -> new PlaceDot(f.boardId, "p-ben", "a").apply(shown)).hasMessageContaining("error.vote.revealed");
        assertThatThrownBy(() -> new RemoveDot(f.boardId, "p-ann", "a").apply(shown)).hasMessageContaining("error.vote.revealed");
        assertThat(new RevealVote(f.boardId, true).inverse(s).apply(shown)).isEqualTo(s);
    }

    @Test
    void onlyParticipantsVoteAndOnlyOnNotesOfTheBoard() {
        Session s = withVote(3, 0);
        assertThatThrownBy(() -> new PlaceDot(f.boardId, "stranger", "a").apply(s)).hasMessageContaining("error.participant.unknown");
        Session other = new AddBoard(Board.of("b2", f.stageId, 1, "Other", List.of())).apply(s);
        Session withNote = AddNote.onTop(new Note("z", "b2", 0, "x", null, "", 0, 0, null, null, null)).apply(other);
        assertThatThrownBy(() -> new PlaceDot(f.boardId, "p-ann", "z").apply(withNote)).hasMessageContaining("error.note.otherBoard");
    }

    @Test
    void totalsAndVotersNeverSayWho() {
        Session s = withVote(3, 0);
        s = new PlaceDot(f.boardId, "p-ann", "a").apply(s);
        s = new PlaceDot(f.boardId, "p-ben", "a").apply(s);
        s = new PlaceDot(f.boardId, "p-ben", "c").apply(s);
        assertThat(vote(s).totals()).containsEntry("a", 2).containsEntry("c", 1).doesNotContainKey("b");
        assertThat(vote(s).voters()).isEqualTo(2);
    }

    @Test
    void takingBackTheLastDotLeavesNoEmptyBallot() {
        Session s = new PlaceDot(f.boardId, "p-ann", "a").apply(withVote(3, 0));
        s = new RemoveDot(f.boardId, "p-ann", "a").apply(s);
        assertThat(vote(s).ballots()).isEmpty();
        Session none = s;
        assertThatThrownBy(() -> new RemoveDot(f.boardId, "p-ann", "a").apply(none)).hasMessageContaining("error.vote.noDot");
    }

    @Test
    void startingAndEndingAVoteAreUndoable() {
        Session s = new PlaceDot(f.boardId, "p-ann", "a").apply(withVote(3, 0));
        Session ended = new EndVote(f.boardId).apply(s);
        assertThat(ended.boards().requireBoard(f.boardId).vote()).isNull();
        assertThat(new EndVote(f.boardId).inverse(s).apply(ended)).isEqualTo(s);
        StartVote again = new StartVote(f.boardId, DotVote.start("v2", 5, 2, BoardFixture.T0));
        assertThat(again.inverse(s).apply(again.apply(s))).isEqualTo(s);
    }

    @Test
    void voteSettingsAreChecked() {
        Session s = withVote(3, 0);
        assertThatThrownBy(() -> new StartVote(f.boardId, DotVote.start("v", 0, 0, null)).apply(s)).hasMessageContaining("error.vote.dots");
        assertThatThrownBy(() -> new StartVote(f.boardId, DotVote.start("v", 21, 0, null)).apply(s)).hasMessageContaining("error.vote.dots");
        assertThatThrownBy(() -> new StartVote(f.boardId, DotVote.start("v", 3, 4, null)).apply(s)).hasMessageContaining("error.vote.maxPerNote");
    }
}
