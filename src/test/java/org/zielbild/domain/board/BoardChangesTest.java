package org.zielbild.domain.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zielbild.domain.Change;
import org.zielbild.domain.ChangeCatalog;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Session;
import org.zielbild.domain.Texts;
import org.zielbild.domain.mood.AddMoodEntry;
import org.zielbild.domain.mood.AddMoodRound;
import org.zielbild.domain.mood.RemoveMoodEntry;
import org.zielbild.domain.mood.RemoveMoodRound;
import org.zielbild.domain.mood.RevealMoodRound;
import org.zielbild.domain.roster.RemoveTeam;
import org.zielbild.domain.roster.TeamColor;
import org.zielbild.testing.BoardFixture;

class BoardChangesTest {

    private final BoardFixture f = new BoardFixture();

    private Session add(Session s, String id, String text) {
        return AddNote.onTop(f.note(id, text)).apply(s);
    }

    /** Applies the change, checks that its inverse gives back the session before, returns the session after. */
    private static Session roundTrip(Session before, Change change) {
        Session after = change.apply(before);
        assertThat(change.inverse(before).apply(after)).isEqualTo(before);
        return after;
    }

    @Test
    void aNoteIsCleanedAndKeepsItsLineBreaks() {
        Session s = add(f.session, "a", "  first line \r\n  second\u200B line  ");
        assertThat(s.boards().requireNote("a").text()).isEqualTo("first line\nsecond line");
    }

    @Test
    void emptyAndWhitespaceOnlyNotesAreRefused() {
        assertThatThrownBy(() -> add(f.session, "a", " \n\t "))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.userMessage().key()).isEqualTo("error.note.empty"));
    }

    @Test
    void fiveHundredCodePointsFitAndOneMoreIsRefusedNotCut() {
        String emoji = "\uD83D\uDE00"; // one code point, two UTF-16 units
        Session s = add(f.session, "a", emoji.repeat(500));
        assertThat(Texts.length(s.boards().requireNote("a").text())).isEqualTo(500);
        assertThatThrownBy(() -> add(f.session, "b", "x".repeat(501)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.userMessage().key()).isEqualTo("error.note.tooLong");
                    assertThat(e.userMessage().args()).containsExactly(500, 501);
                });
    }

    @Test
    void aNoteNeedsAKnownBoardAreaAndTeam() {
        Note n = f.note("a", "x");
        assertThatThrownBy(() -> AddNote.onTop(new Note("a", "nope", 0, "x", null, "", 0, 0, null, null, null)).apply(f.session))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> AddNote.onTop(n.withPlacement(new NotePlacement("a", 2, 0, 0, null))).apply(f.session))
                .hasMessageContaining("error.note.area");
        assertThatThrownBy(() -> AddNote.onTop(n.withDetails(new NoteDetails("a", "ghost", "", null))).apply(f.session))
                .hasMessageContaining("error.team.unknown");
        assertThatThrownBy(() -> AddNote.onTop(n.withPlacement(new NotePlacement("a", 0, Double.NaN, 0, null))).apply(f.session))
                .hasMessageContaining("error.note.position");
    }

    @Test
    void everyNoteChangeIsUndoneByItsInverse() {
        Session s = roundTrip(f.session, AddNote.onTop(f.note("a", "one")));
        s = roundTrip(s, AddNote.onTop(f.note("b", "two")));
        s = roundTrip(s, new EditNoteText("a", "one, edited"));
        s = roundTrip(s, new PlaceNotes(List.of(new NotePlacement("a", 1, 300, 40, null))));
        s = roundTrip(s, new SetNoteDetails(List.of(new NoteDetails("b", f.teamB, "Ben", TeamColor.BLUE))));
        s = roundTrip(s, new SetBoardHidden(f.boardId, true));
        s = roundTrip(s, AddCluster.atEnd(new Cluster("c1", f.boardId, "Meetings", 0, 0)));
        s = roundTrip(s, new PlaceNotes(List.of(new NotePlacement("a", 0, 10, 10, "c1"), new NotePlacement("b", 0, 10, 200, "c1"))));
        s = roundTrip(s, new RenameCluster("c1", "Too many meetings"));
        s = roundTrip(s, new MoveCluster("c1", 50, 60));
        s = roundTrip(s, new DissolveCluster("c1"));
        s = roundTrip(s, new RemoveNotes(List.of("a", "b")));
        assertThat(s.boards().notesOf(f.boardId)).isEmpty();
    }

    @Test
    void deletedNotesComeBackAtTheirPlaceWithTheirDots() {
        Session s = add(add(add(f.session, "a", "1"), "b", "2"), "c", "3");
        s = new StartVote(f.boardId, DotVote.start("v", 3, 0, BoardFixture.T0)).apply(s);
        s = new PlaceDot(f.boardId, "p-ann", "b").apply(s);
        s = new PlaceDot(f.boardId, "p-ann", "b").apply(s);
        s = new PlaceDot(f.boardId, "p-ben", "c").apply(s);
        Session after = roundTrip(s, new RemoveNotes(List.of("b")));
        assertThat(after.boards().requireBoard(f.boardId).vote().used("p-ann")).isZero();
        assertThat(after.boards().requireBoard(f.boardId).vote().used("p-ben")).isEqualTo(1);
    }

    @Test
    void dissolvingKeepsTheNotesWhereTheyAre() {
        Session s = add(f.session, "a", "1");
        s = AddCluster.atEnd(new Cluster("c1", f.boardId, "Group", 0, 0)).apply(s);
        s = new PlaceNotes(List.of(new NotePlacement("a", 0, 77, 88, "c1"))).apply(s);
        s = new DissolveCluster("c1").apply(s);
        Note a = s.boards().requireNote("a");
        assertThat(a.clusterId()).isNull();
        assertThat(a.x()).isEqualTo(77);
        assertThat(s.boards().clustersOf(f.boardId)).isEmpty();
    }

    @Test
    void notesCannotJoinAClusterOfAnotherBoard() {
        Session s = new AddBoard(Board.of("board-2", f.stageId, 1, "Other", List.of())).apply(f.session);
        s = AddCluster.atEnd(new Cluster("c2", "board-2", "Elsewhere", 0, 0)).apply(s);
        Session withNote = add(s, "a", "1");
        assertThatThrownBy(() -> new PlaceNotes(List.of(new NotePlacement("a", 0, 0, 0, "c2"))).apply(withNote))
                .hasMessageContaining("error.cluster.otherBoard");
    }

    @Test
    void clusterNamesAreCleanedAndNeeded() {
        assertThatThrownBy(() -> AddCluster.atEnd(new Cluster("c", f.boardId, "  ", 0, 0)).apply(f.session))
                .hasMessageContaining("error.cluster.nameEmpty");
        Session s = AddCluster.atEnd(new Cluster("c", f.boardId, " Big\tthemes ", 0, 0)).apply(f.session);
        assertThat(s.boards().requireCluster("c").name()).isEqualTo("Big themes");
    }

    @Test
    void aNoteKeepsATeamThatWasRemovedAndUndoBringsItBack() {
        Session s = add(f.session, "a", "1");
        Session withoutTeam = new RemoveTeam(f.teamA).apply(s);
        assertThat(withoutTeam.boards().requireNote("a").teamId()).isEqualTo(f.teamA);
        // Changing the team and undoing it puts the removed team back on the note.
        Session changed = roundTrip(withoutTeam, new SetNoteDetails(List.of(new NoteDetails("a", f.teamB, "", null))));
        assertThat(changed.boards().requireNote("a").teamId()).isEqualTo(f.teamB);
        // Deleting it and undoing works too.
        roundTrip(withoutTeam, new RemoveNotes(List.of("a")));
    }

    @Test
    void aBoardIsMadeOncePerStagePrompt() {
        assertThatThrownBy(() -> new AddBoard(Board.of("other", f.stageId, 0, "x", List.of())).apply(f.session))
                .hasMessageContaining("error.board.exists");
        assertThat(new AddBoard(Board.of("x", f.stageId, 0, "t", List.of())).undoable()).isFalse();
    }

    @Test
    void theUndoLabelOfALongNoteIsShortNotTheNote() {
        Note n = f.note("a", "y".repeat(300));
        assertThat((String) AddNote.onTop(n).describe().args().get(0)).hasSize(40).endsWith("…");
        assertThat(AddNote.onTop(n).apply(f.session).boards().requireNote("a").text()).hasSize(300);
    }

    @Test
    void everyBoardChangeHasAStableName() {
        for (Class<? extends Change> type : List.of(AddBoard.class, RemoveBoard.class, SetBoardHidden.class,
                AddNote.class, RemoveNotes.class, RestoreNotes.class, EditNoteText.class, PlaceNotes.class,
                SetNoteDetails.class, AddCluster.class, DissolveCluster.class, RenameCluster.class, MoveCluster.class,
                StartVote.class, EndVote.class, RestoreVote.class, PlaceDot.class, RemoveDot.class, RevealVote.class,
                AddMoodRound.class, RemoveMoodRound.class, RevealMoodRound.class, AddMoodEntry.class,
                RemoveMoodEntry.class)) {
            assertThat(ChangeCatalog.nameOf(type)).as(type.getSimpleName()).isPresent();
        }
    }
}
