package org.zielbild.ui.kit.board;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Bounds;
import org.zielbild.domain.Session;
import org.zielbild.domain.board.Board;
import org.zielbild.domain.board.Cluster;
import org.zielbild.domain.board.DotVoteResults;
import org.zielbild.domain.board.Note;
import org.zielbild.domain.roster.Team;

/**
 * One board as the views draw it, taken from one session value: its notes, clusters with their
 * frames, the teams, and the vote results only once they are revealed (a view cannot show what it
 * does not get; {@link DotVoteResults} has nothing before the reveal).
 */
public record BoardSnapshot(Board board, List<Note> notes, List<Cluster> clusters, Map<String, Team> teams,
                            Map<String, Bounds> frames, Map<String, List<Note>> members,
                            DotVoteResults results) {

    public static BoardSnapshot of(Session session, String boardId) {
        Board board = session.boards().requireBoard(boardId);
        List<Note> notes = session.boards().notesOf(boardId);
        List<Cluster> clusters = session.boards().clustersOf(boardId);
        Map<String, Team> teams = new HashMap<>();
        session.roster().teams().forEach(t -> teams.put(t.id(), t));
        Map<String, List<Note>> members = new HashMap<>();
        clusters.forEach(c -> members.put(c.id(), new ArrayList<>()));
        for (Note n : notes) {
            if (n.clusterId() != null && members.containsKey(n.clusterId())) {
                members.get(n.clusterId()).add(n);
            }
        }
        Map<String, Bounds> frames = new LinkedHashMap<>();
        clusters.forEach(c -> frames.put(c.id(), BoardGeometry.clusterFrame(c, members.get(c.id()))));
        return new BoardSnapshot(board, notes, clusters, Collections.unmodifiableMap(teams),
                Collections.unmodifiableMap(frames), Collections.unmodifiableMap(members),
                DotVoteResults.of(board, notes, clusters));
    }

    public Optional<Note> note(String id) {
        return notes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public Optional<Cluster> cluster(String id) {
        return clusters.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public List<Note> membersOf(String clusterId) {
        return members.getOrDefault(clusterId, List.of());
    }

    public Optional<Team> team(String teamId) {
        return teamId == null ? Optional.empty() : Optional.ofNullable(teams.get(teamId));
    }

    public boolean revealed() {
        return board.vote() != null && board.vote().revealed();
    }

    /** Dots per note once revealed (only notes with dots); empty before. */
    public Map<String, Integer> revealedTotals() {
        return results.noteDots();
    }

    /** Dots on a note once revealed; 0 before. */
    public int dotsOn(String noteId) {
        return results.dotsOn(noteId);
    }

    /** Dots on a cluster's notes once revealed; 0 before. */
    public int dotsOnCluster(String clusterId) {
        return results.dotsOnCluster(clusterId);
    }
}
