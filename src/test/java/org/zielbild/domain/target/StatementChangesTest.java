package org.zielbild.domain.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zielbild.domain.Change;
import org.zielbild.domain.Session;
import org.zielbild.domain.board.AddCluster;
import org.zielbild.domain.board.AddNote;
import org.zielbild.domain.board.Cluster;
import org.zielbild.domain.board.PlaceDot;
import org.zielbild.domain.board.PlaceNotes;
import org.zielbild.domain.board.NotePlacement;
import org.zielbild.domain.board.RemoveNotes;
import org.zielbild.domain.board.RevealVote;
import org.zielbild.domain.board.StartVote;
import org.zielbild.domain.board.DotVote;
import org.zielbild.domain.roster.TeamColor;
import org.zielbild.testing.BoardFixture;
import org.zielbild.testing.TargetFixture;

/** Statements: text limits, order, colour, picture, links that outlive their notes, hints. */
class StatementChangesTest {

    private final TargetFixture f = new TargetFixture();

    private Session undoable(Session s, Change c) {
        Session after = c.apply(s);
        assertThat(c.inverse(s).apply(after)).as("undo of " + c).isEqualTo(s);
        return after;
    }

    @Test
    void aStatementIsCleanedAndRefusedWhenEmptyOrFarTooLong() {
        Session s = undoable(f.session, AddStatement.atEnd(Statement.of("st-9", "  We  laugh\r\nmore.  ", " in 2 years ")));
        assertThat(s.target().requireStatement("st-9").text()).isEqualTo("We laugh\nmore.");
        assertThat(s.target().requireStatement("st-9").horizon()).isEqualTo("in 2 years");
        assertThatThrownBy(() -> AddStatement.atEnd(Statement.of("x", " \n\t ", "")).apply(f.session))
                .hasMessageContaining("error.target.statementEmpty");
        assertThatThrownBy(() -> AddStatement.atEnd(Statement.of("x", "a".repeat(10_000), "")).apply(f.session))
                .hasMessageContaining("error.target.statementTooLong");
        assertThatThrownBy(() -> new EditStatementText("st-1", "   ").apply(f.session))
                .hasMessageContaining("error.target.statementEmpty");
        assertThat(f.session.target().requireStatement("st-1").text()).as("nothing lost").startsWith("Every Monday");
    }

    @Test
    void statementsMoveColourAndCarryAPicture() {
        Session s = undoable(f.session, new MoveStatement("st-3", 0));
        assertThat(s.target().statements()).extracting(Statement::id).containsExactly("st-3", "st-1", "st-2");
        assertThatThrownBy(() -> new MoveStatement("st-3", 3).apply(f.session)).hasMessageContaining("error.target.position");
        s = undoable(s, new SetStatementColor("st-1", TeamColor.BLUISH_GREEN));
        s = undoable(s, new SetStatementPicture("st-1", new StatementPicture("a1b2c3.png", "team.png")));
        s = undoable(s, new SetStatementHorizon("st-1", "by 2028"));
        s = undoable(s, new MarkRework("st-1", true));
        Statement st = s.target().requireStatement("st-1");
        assertThat(st.color()).isEqualTo(TeamColor.BLUISH_GREEN);
        assertThat(st.picture().fileName()).isEqualTo("team.png");
        assertThat(st.rework()).isTrue();
        s = undoable(s, new RemoveStatement("st-1"));
        assertThat(s.target().statement("st-1")).isEmpty();
    }

    @Test
    void aStatementRatedInTheOpenRoundStays() {
        Session s = f.start("r1", RatingMode.SHOW_OF_HANDS, CountingBase.PRESENT, Threshold.SIMPLE_MAJORITY, 4, true, "st-2");
        assertThatThrownBy(() -> new RemoveStatement("st-2").apply(s)).hasMessageContaining("error.target.statementInRound");
        assertThat(new RemoveStatement("st-1").apply(s).target().statements()).hasSize(2);
    }

    @Test
    void aLinkKeepsItsCopyWhenTheNoteIsRemovedAndShowsDotsOnlyOnceRevealed() {
        BoardFixture b = f.board;
        Session s = f.session;
        s = AddNote.onTop(b.note("n-1", "Customers wait two weeks for answers")).apply(s);
        s = AddNote.onTop(b.note("n-2", "Releases are stressful")).apply(s);
        s = AddCluster.atEnd(new Cluster("c-1", b.boardId, "Speed", 0, 0)).apply(s);
        s = new PlaceNotes(List.of(new NotePlacement("n-2", 0, 0, 0, "c-1"))).apply(s);
        s = new StartVote(b.boardId, DotVote.start("v-1", 3, 3, BoardFixture.T0)).apply(s);
        s = new PlaceDot(b.boardId, "p-ann", "n-2").apply(s);
        s = new PlaceDot(b.boardId, "p-ben", "n-2").apply(s);
        SourceLink hidden = SourceLinks.toNote("l-1", s.boards(), "n-2");
        assertThat(hidden.dots()).as("an unrevealed vote shows none").isNull();
        s = new RevealVote(b.boardId, true).apply(s);
        SourceLink note = SourceLinks.toNote("l-1", s.boards(), "n-1");
        SourceLink cluster = SourceLinks.toCluster("l-2", s.boards(), "c-1");
        assertThat(note.dots()).isZero();
        assertThat(cluster.dots()).isEqualTo(2);
        assertThat(cluster.text()).isEqualTo("Speed");
        s = undoable(s, new LinkSource("st-1", note, -1));
        s = undoable(s, new LinkSource("st-1", cluster, -1));
        Session twice = s;
        assertThatThrownBy(() -> new LinkSource("st-1", SourceLinks.toNote("l-3", twice.boards(), "n-1"), -1).apply(twice))
                .hasMessageContaining("error.target.linkedTwice");
        s = new RemoveNotes(List.of("n-1")).apply(s);
        SourceLink kept = s.target().requireStatement("st-1").sources().get(0);
        assertThat(kept.text()).isEqualTo("Customers wait two weeks for answers");
        assertThat(SourceLinks.exists(kept, s.boards())).isFalse();
        assertThat(SourceLinks.currentText(cluster, s.boards())).contains("Speed");
        s = undoable(s, new UnlinkSource("st-1", "l-1"));
        assertThat(s.target().requireStatement("st-1").sources()).extracting(SourceLink::id).containsExactly("l-2");
    }

    @Test
    void hintsCanBeDismissedAndBroughtBack() {
        Session s = undoable(f.session, AddStatement.atEnd(Statement.of("st-9", "95 % Kundenzufriedenheit", "")));
        Statement st = s.target().requireStatement("st-9");
        assertThat(VividnessHints.open(st)).containsExactly(VividnessHint.NO_WHO, VividnessHint.NO_WHEN,
                VividnessHint.ONLY_NUMBER, VividnessHint.ONLY_NOUNS);
        s = undoable(s, new DismissHint("st-9", VividnessHint.ONLY_NUMBER, true));
        assertThat(VividnessHints.open(s.target().requireStatement("st-9"))).doesNotContain(VividnessHint.ONLY_NUMBER);
        s = undoable(s, new DismissHint("st-9", VividnessHint.ONLY_NUMBER, false));
        assertThat(VividnessHints.open(s.target().requireStatement("st-9"))).contains(VividnessHint.ONLY_NUMBER);
    }

    @Test
    void vividStatementsGetNoHints() {
        assertThat(VividnessHints.of("Every Monday our customers tell us what they love about working with us.", ""))
                .isEmpty();
        assertThat(VividnessHints.of("Jeden Montag erzählen uns unsere Kunden, was sie an der Zusammenarbeit lieben.", ""))
                .isEmpty();
        assertThat(VividnessHints.of("Customer satisfaction", "")).contains(VividnessHint.ONLY_NOUNS, VividnessHint.NO_WHEN);
        assertThat(VividnessHints.of("We ship a fix the same day.", "")).isEmpty();
        assertThat(VividnessHints.of("Teams decide how they work.", "in 2 years")).doesNotContain(VividnessHint.NO_WHEN);
        assertThat(VividnessHints.of("", "")).isEmpty();
    }

    @Test
    void aReasonForLeavingWithTheGateUnmetMustSaySomething() {
        assertThatThrownBy(() -> RecordUnmetReason.atEnd(new UnmetReason("u1", f.stageId, "  ", null, BoardFixture.T0))
                .apply(f.session)).hasMessageContaining("error.target.reasonEmpty");
        Session s = undoable(f.session, RecordUnmetReason.atEnd(new UnmetReason("u1", f.stageId,
                "Out of time; we vote again first thing tomorrow.", null, BoardFixture.T0)));
        assertThat(s.target().unmetReasonsOf(f.stageId)).extracting(UnmetReason::reason)
                .containsExactly("Out of time; we vote again first thing tomorrow.");
    }
}
