package org.zielbild.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.zielbild.domain.Change;
import org.zielbild.domain.Session;
import org.zielbild.domain.board.AddCluster;
import org.zielbild.domain.board.AddNote;
import org.zielbild.domain.board.Board;
import org.zielbild.domain.board.Cluster;
import org.zielbild.domain.board.DotVote;
import org.zielbild.domain.board.EditNoteText;
import org.zielbild.domain.board.Note;
import org.zielbild.domain.board.NoteDetails;
import org.zielbild.domain.board.NotePlacement;
import org.zielbild.domain.board.PlaceDot;
import org.zielbild.domain.board.PlaceNotes;
import org.zielbild.domain.board.RemoveDot;
import org.zielbild.domain.board.RemoveNotes;
import org.zielbild.domain.board.RenameCluster;
import org.zielbild.domain.board.SetNoteDetails;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.roster.Team;
import org.zielbild.domain.roster.TeamColor;

/**
 * A seeded stream of the board work a facilitator's laptop sees during the day, each change valid
 * for the session it is made for: notes typed (35 %), dragged (25 %, one in ten a tidy of 8–20
 * notes), edited (12 %), dots placed and taken back (10 %), notes deleted (5 %), team or colour
 * changed (5 %), notes dragged into clusters (4 %), clusters made and renamed (4 %).
 */
public final class NoteWork {

    private final Random random;
    private final NoteTexts texts;
    private long clock;

    public NoteWork(long seed) {
        this.random = new Random(seed);
        this.texts = new NoteTexts(random);
    }

    public Change next(Session s) {
        List<Board> boards = s.boards().boards();
        Board board = boards.get(random.nextInt(boards.size()));
        List<Note> notes = s.boards().notesOf(board.id());
        int r = random.nextInt(100);
        if (r < 35 || notes.size() < 25) {
            return add(s, board);
        }
        Note note = notes.get(random.nextInt(notes.size()));
        if (r < 60) {
            return random.nextInt(10) == 0 ? tidy(notes) : new PlaceNotes(List.of(new NotePlacement(note.id(),
                    random.nextInt(board.areaCount()), note.x() + random.nextInt(400) - 200,
                    note.y() + random.nextInt(300) - 150, note.clusterId())));
        }
        if (r < 72) {
            return new EditNoteText(note.id(), texts.noteText());
        }
        if (r < 82) {
            Change dot = dot(s, board, note);
            return dot != null ? dot : add(s, board);
        }
        if (r < 87) {
            return new RemoveNotes(List.of(note.id()));
        }
        if (r < 92) {
            return new SetNoteDetails(List.of(new NoteDetails(note.id(), team(s), "",
                    random.nextInt(4) == 0 ? TeamColor.forIndex(random.nextInt(8)) : null)));
        }
        List<Cluster> clusters = s.boards().clustersOf(board.id());
        if (r < 96 && !clusters.isEmpty()) {
            Cluster c = clusters.get(random.nextInt(clusters.size()));
            return new PlaceNotes(List.of(new NotePlacement(note.id(), note.area(), note.x(), note.y(), c.id())));
        }
        if (random.nextBoolean() && !clusters.isEmpty()) {
            return new RenameCluster(clusters.get(random.nextInt(clusters.size())).id(), texts.clusterName());
        }
        return AddCluster.atEnd(new Cluster(NoteTexts.id(random), board.id(), texts.clusterName(), note.x(), note.y()));
    }

    private Change add(Session s, Board board) {
        return AddNote.onTop(new Note(NoteTexts.id(random), board.id(), random.nextInt(board.areaCount()),
                texts.noteText(), team(s), "", random.nextInt(4000), random.nextInt(3000), null, null,
                LargeSessions.T0.plusSeconds(40_000 + clock++)));
    }

    /** One of the session's teams, or none when it has none. */
    private String team(Session s) {
        List<Team> teams = s.roster().teams();
        return teams.isEmpty() ? null : teams.get(random.nextInt(teams.size())).id();
    }

    private PlaceNotes tidy(List<Note> notes) {
        int count = Math.min(notes.size(), 8 + random.nextInt(13));
        int from = random.nextInt(notes.size() - count + 1);
        List<NotePlacement> places = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Note n = notes.get(from + i);
            places.add(new NotePlacement(n.id(), n.area(), 100 + (i % 5) * 240.0, 100 + (i / 5) * 170.0, n.clusterId()));
        }
        return new PlaceNotes(places);
    }

    /** A dot from someone with dots left, else one taken back; null on a board without an open vote. */
    private Change dot(Session s, Board board, Note note) {
        DotVote vote = board.vote();
        if (vote == null || vote.revealed()) {
            return null;
        }
        List<Participant> people = s.roster().participants();
        Participant p = people.get(random.nextInt(people.size()));
        if (vote.left(p.id()) > 0) {
            return new PlaceDot(board.id(), p.id(), note.id());
        }
        String onNote = vote.ballot(p.id()).orElseThrow().dots().keySet().iterator().next();
        return new RemoveDot(board.id(), p.id(), onNote);
    }
}
