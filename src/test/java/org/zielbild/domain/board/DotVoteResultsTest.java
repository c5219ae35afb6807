package org.zielbild.domain.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zielbild.domain.Session;
import org.zielbild.testing.BoardFixture;

/** The ranking the projector shows and the minutes will print: totals only, and only once revealed. */
class DotVoteResultsTest {

    private final BoardFixture f = new BoardFixture();

    /** Notes a..e (a drawn first), clusters "one" (a, b) and "two" (c), d and e loose; dots as in {@link #voted}. */
    private Session board() {
        Session s = f.session;
        s = AddCluster.atEnd(new Cluster("one", f.boardId, "One", 0, 0)).apply(s);
        s = AddCluster.atEnd(new Cluster("two", f.boardId, "Two", 0, 0)).apply(s);
        s = AddCluster.atEnd(new Cluster("three", f.boardId, "Three", 0, 0)).apply(s);
        for (String id : List.of("a", "b", "c", "d", "e")) {
            s = AddNote.onTop(f.note(id, "note " + id)).apply(s);
        }
        s = new PlaceNotes(List.of(new NotePlacement("a", 0, 0, 0, "one"), new NotePlacement("b", 0, 0, 0, "one"),
                new NotePlacement("c", 0, 0, 0, "two"))).apply(s);
        return new StartVote(f.boardId, DotVote.start("v", 3, 0, BoardFixture.T0)).apply(s);
    }

    private Session voted() {
        Session s = board();
        // a 1, b 1, c 3, d 0, e 1; Ann, Ben and Cem vote, Dia does not.
        String[][] dots = {{"p-ann", "c"}, {"p-ann", "c"}, {"p-ann", "a"}, {"p-ben", "c"}, {"p-ben", "b"}, {"p-cem", "e"}};
        for (String[] d : dots) {
            s = new PlaceDot(f.boardId, d[0], d[1]).apply(s);
        }
        return s;
    }

    @Test
    void withoutAVoteOrBeforeTheRevealThereIsNothingToShow() {
        assertThat(DotVoteResults.of(f.session.boards(), f.boardId)).isEqualTo(DotVoteResults.NONE);
        DotVoteResults hidden = DotVoteResults.of(voted().boards(), f.boardId);
        assertThat(hidden).isEqualTo(DotVoteResults.NONE);
        assertThat(hidden.dotsOn("c")).isZero();
        assertThat(hidden.dotsOnCluster("two")).isZero();
        assertThat(hidden.topNotes(8)).isEmpty();
    }

    @Test
    void revealedResultsRankNotesAndClustersMostDotsFirstTiesInBoardOrder() {
        Session s = new RevealVote(f.boardId, true).apply(voted());
        DotVoteResults r = DotVoteResults.of(s.boards(), f.boardId);
        assertThat(r.revealed()).isTrue();
        assertThat(r.voters()).isEqualTo(3);
        assertThat(r.notes()).extracting(n -> n.note().id() + "=" + n.dots()).containsExactly("c=3", "a=1", "b=1", "e=1");
        assertThat(r.clusters()).extracting(c -> c.cluster().id() + "=" + c.dots())
                .containsExactly("two=3", "one=2", "three=0");
        assertThat(r.dotsOn("d")).isZero();
        assertThat(r.dotsOn("c")).isEqualTo(3);
        assertThat(r.dotsOnCluster("one")).isEqualTo(2);
        assertThat(r.noteDots()).doesNotContainKey("d").hasSize(4);
        assertThat(r.topNotes(2)).extracting(n -> n.note().id()).containsExactly("c", "a");
        assertThat(r.topClusters(1)).extracting(c -> c.cluster().id()).containsExactly("two");
    }

    @Test
    void theTotalsAreTheVotesTotalsWhateverOrderTheDotsCameIn() {
        Session forward = new RevealVote(f.boardId, true).apply(voted());
        Session s = board();
        String[][] reversed = {{"p-cem", "e"}, {"p-ben", "b"}, {"p-ben", "c"}, {"p-ann", "a"}, {"p-ann", "c"}, {"p-ann", "c"}};
        for (String[] d : reversed) {
            s = new PlaceDot(f.boardId, d[0], d[1]).apply(s);
        }
        Session backward = new RevealVote(f.boardId, true).apply(s);
        assertThat(DotVoteResults.of(backward.boards(), f.boardId)).isEqualTo(DotVoteResults.of(forward.boards(), f.boardId));
        DotVote vote = forward.boards().requireBoard(f.boardId).vote();
        vote.totals().forEach((note, n) -> assertThat(DotVoteResults.of(forward.boards(), f.boardId).dotsOn(note)).isEqualTo(n));
    }
}
