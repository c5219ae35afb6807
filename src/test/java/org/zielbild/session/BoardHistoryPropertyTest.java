package org.zielbild.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Session;
import org.zielbild.domain.board.AddCluster;
import org.zielbild.domain.board.AddNote;
import org.zielbild.domain.board.Board;
import org.zielbild.domain.board.Cluster;
import org.zielbild.domain.board.DissolveCluster;
import org.zielbild.domain.board.DotVote;
import org.zielbild.domain.board.EditNoteText;
import org.zielbild.domain.board.EndVote;
import org.zielbild.domain.board.Note;
import org.zielbild.domain.board.NoteDetails;
import org.zielbild.domain.board.NotePlacement;
import org.zielbild.domain.board.PlaceDot;
import org.zielbild.domain.board.PlaceNotes;
import org.zielbild.domain.board.RemoveDot;
import org.zielbild.domain.board.RemoveNotes;
import org.zielbild.domain.board.RenameCluster;
import org.zielbild.domain.board.RevealVote;
import org.zielbild.domain.board.SetBoardHidden;
import org.zielbild.domain.board.SetNoteDetails;
import org.zielbild.domain.board.StartVote;
import org.zielbild.domain.roster.TeamColor;
import org.zielbild.testing.BoardFixture;

/**
 * Random sequences of board actions, undos and redos (seeded; the seed is in every failure
 * message). After every step: no participant has more dots than allowed, every reference holds,
 * a refused change left the session untouched. At the end: replaying the journal gives the same
 * session, and undoing everything gives back the start.
 */
class BoardHistoryPropertyTest {

    private static final int RUNS = 25;
    private static final int STEPS = 160;

    @Test
    void randomBoardWorkKeepsTheRulesAndUndoesCompletely() {
        long base = Long.getLong("seed", System.nanoTime());
        for (int run = 0; run < RUNS; run++) {
            runOnce(base + run);
        }
    }

    private void runOnce(long seed) {
        Random rnd = new Random(seed);
        BoardFixture f = new BoardFixture();
        InMemoryJournal journal = new InMemoryJournal();
        SessionState start = SessionState.fresh(f.session);
        SessionService service = new SessionService(start, journal, Runnable::run, Clock.systemUTC());
        int ids = 0;
        for (int step = 0; step < STEPS; step++) {
            String where = "seed " + seed + " step " + step;
            Session before = service.session();
            int op = rnd.nextInt(20);
            if (op == 0) {
                service.undo();
            } else if (op == 1) {
                service.redo();
            } else {
                Change change = randomChange(rnd, before, f, "x" + (ids++));
                if (change == null) {
                    continue;
                }
                Boolean expectRefusal = change instanceof PlaceDot dot ? dotRefused(before, f, dot) : null;
                try {
                    service.apply(change);
                    assertThat(expectRefusal).as(where + " accepted " + change).isNotEqualTo(Boolean.TRUE);
                } catch (DomainException refused) {
                    assertThat(service.session()).as(where + " refused " + change).isSameAs(before);
                    assertThat(expectRefusal).as(where + " refused " + change + ": " + refused.getMessage())
                            .isNotEqualTo(Boolean.FALSE);
                }
            }
            checkRules(service.session(), f, where);
        }
        Session end = service.session();
        SessionState replayed = start;
        for (JournalEntry e : journal.entries()) {
            replayed = replayed.next(e);
        }
        assertThat(replayed.session()).as("replay, seed " + seed).isEqualTo(end);
        assertThat(replayed.history()).as("replayed history, seed " + seed).isEqualTo(service.state().history());
        while (service.canUndo()) {
            service.undo();
        }
        // Redo may have been cleared; whatever is still on the undo stack winds back to the start
        // only if no step fell off; 160 steps stay under the history limit.
        assertThat(service.session()).as("undo all, seed " + seed).isEqualTo(f.session);
    }

    private static Change randomChange(Random rnd, Session s, BoardFixture f, String newId) {
        List<Note> notes = s.boards().notesOf(f.boardId);
        List<Cluster> clusters = s.boards().clustersOf(f.boardId);
        Board board = s.boards().requireBoard(f.boardId);
        Note someNote = notes.isEmpty() ? null : notes.get(rnd.nextInt(notes.size()));
        String someCluster = clusters.isEmpty() ? null : clusters.get(rnd.nextInt(clusters.size())).id();
        String person = rnd.nextInt(10) == 0 ? "stranger" : f.people.get(rnd.nextInt(f.people.size()));
        switch (rnd.nextInt(14)) {
            case 0, 1, 2:
                String text = rnd.nextInt(12) == 0 ? "  " : "note " + newId;
                return AddNote.onTop(new Note(newId, f.boardId, rnd.nextInt(2), text, rnd.nextBoolean() ? f.teamA : null,
                        "", rnd.nextInt(2000), rnd.nextInt(2000), null, null, BoardFixture.T0));
            case 3:
                return someNote == null ? null : new RemoveNotes(List.of(someNote.id()));
            case 4:
                return someNote == null ? null : new EditNoteText(someNote.id(), "edited " + newId);
            case 5:
                return someNote == null ? null : new PlaceNotes(List.of(new NotePlacement(someNote.id(), rnd.nextInt(2),
                        rnd.nextInt(3000), rnd.nextInt(3000), rnd.nextBoolean() ? someCluster : null)));
            case 6:
                return AddCluster.atEnd(new Cluster(newId, f.boardId, "cluster " + newId, rnd.nextInt(900), 0));
            case 7:
                return someCluster == null ? null : rnd.nextBoolean() ? new DissolveCluster(someCluster)
                        : new RenameCluster(someCluster, "renamed " + newId);
            case 8:
                return board.vote() == null || rnd.nextInt(6) == 0
                        ? new StartVote(f.boardId, DotVote.start(newId, 1 + rnd.nextInt(4), rnd.nextInt(2), BoardFixture.T0))
                        : rnd.nextInt(4) == 0 ? new EndVote(f.boardId) : new RevealVote(f.boardId, !board.vote().revealed());
            case 9, 10, 11:
                return someNote == null ? null : new PlaceDot(f.boardId, person, someNote.id());
            case 12:
                return someNote == null ? null : new RemoveDot(f.boardId, person, someNote.id());
            default:
                return rnd.nextBoolean() ? new SetBoardHidden(f.boardId, rnd.nextBoolean())
                        : someNote == null ? null : new SetNoteDetails(List.of(new NoteDetails(someNote.id(),
                        rnd.nextBoolean() ? f.teamB : null, "A. Author", TeamColor.forIndex(rnd.nextInt(8)))));
        }
    }

    /** The rule the domain must enforce, written out independently. */
    private static boolean dotRefused(Session s, BoardFixture f, PlaceDot dot) {
        DotVote vote = s.boards().requireBoard(f.boardId).vote();
        if (vote == null || vote.revealed() || s.roster().participant(dot.participantId()).isEmpty()) {
            return true;
        }
        int used = vote.used(dot.participantId());
        int onNote = vote.ballot(dot.participantId()).map(b -> b.on(dot.noteId())).orElse(0);
        return used >= vote.dotsPerParticipant() || vote.maxPerNote() > 0 && onNote >= vote.maxPerNote();
    }

    private static void checkRules(Session s, BoardFixture f, String where) {
        Set<String> noteIds = new HashSet<>();
        for (Note n : s.boards().notes()) {
            assertThat(noteIds.add(n.id())).as(where + " unique note ids").isTrue();
            if (n.clusterId() != null) {
                assertThat(s.boards().requireCluster(n.clusterId()).boardId()).as(where).isEqualTo(n.boardId());
            }
        }
        DotVote vote = s.boards().requireBoard(f.boardId).vote();
        if (vote != null) {
            List<String> voters = new ArrayList<>();
            vote.ballots().forEach(b -> {
                voters.add(b.participantId());
                assertThat(b.total()).as(where + " dots of " + b.participantId()).isLessThanOrEqualTo(vote.dotsPerParticipant());
                b.dots().forEach((note, n) -> {
                    assertThat(noteIds).as(where + " dot on a missing note").contains(note);
                    if (vote.maxPerNote() > 0) {
                        assertThat(n).as(where + " dots per note").isLessThanOrEqualTo(vote.maxPerNote());
                    }
                });
            });
            assertThat(new HashSet<>(voters)).as(where + " one ballot each").hasSize(voters.size());
        }
    }
}
