package org.zielbild.domain.board;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a board's dot vote adds up to once it is revealed: dots per note, dots per cluster (the sum
 * of its notes'), and both ranked, most dots first. Totals only, never who placed a dot. Before the
 * reveal, and without a vote, every count is zero and nothing is ranked, so a view (or the minutes)
 * cannot show what the room has not seen. The board, the projector and an exporter read the same
 * numbers from here.
 *
 * @param revealed whether the board has a vote whose results are shown
 * @param voters   how many participants placed at least one dot (0 before the reveal)
 * @param noteDots dots per note id, only notes with dots
 * @param notes    the notes with at least one dot, most first; ties keep the board's drawing order
 * @param clusters every cluster of the board, most dots first; ties keep the order they were made in
 */
public record DotVoteResults(boolean revealed, int voters, Map<String, Integer> noteDots, List<RankedNote> notes,
                             List<RankedCluster> clusters) {

    /** A note and the dots it got. */
    public record RankedNote(Note note, int dots) {
    }

    /** A cluster and the dots its notes got together. */
    public record RankedCluster(Cluster cluster, int dots) {
    }

    /** No vote, or one not revealed yet. */
    public static final DotVoteResults NONE = new DotVoteResults(false, 0, Map.of(), List.of(), List.of());

    public DotVoteResults {
        noteDots = Collections.unmodifiableMap(new HashMap<>(noteDots));
        notes = List.copyOf(notes);
        clusters = List.copyOf(clusters);
    }

    /** The results of one board of the session's boards. */
    public static DotVoteResults of(Boards boards, String boardId) {
        return of(boards.requireBoard(boardId), boards.notesOf(boardId), boards.clustersOf(boardId));
    }

    /**
     * The results of {@code board}, given its notes (in drawing order) and its clusters (in the
     * order they were made).
     */
    public static DotVoteResults of(Board board, List<Note> notes, List<Cluster> clusters) {
        DotVote vote = board.vote();
        if (vote == null || !vote.revealed()) {
            return NONE;
        }
        Map<String, Integer> totals = vote.totals();
        Map<String, Integer> byCluster = new HashMap<>();
        List<RankedNote> ranked = new ArrayList<>();
        for (Note n : notes) {
            int dots = totals.getOrDefault(n.id(), 0);
            if (dots > 0) {
                ranked.add(new RankedNote(n, dots));
                if (n.clusterId() != null) {
                    byCluster.merge(n.clusterId(), dots, Integer::sum);
                }
            }
        }
        ranked.sort(Comparator.comparingInt((RankedNote r) -> -r.dots()));
        List<RankedCluster> rankedClusters = new ArrayList<>();
        for (Cluster c : clusters) {
            rankedClusters.add(new RankedCluster(c, byCluster.getOrDefault(c.id(), 0)));
        }
        rankedClusters.sort(Comparator.comparingInt((RankedCluster r) -> -r.dots()));
        Map<String, Integer> noteDots = new HashMap<>();
        ranked.forEach(r -> noteDots.put(r.note().id(), r.dots()));
        return new DotVoteResults(true, vote.voters(), noteDots, ranked, rankedClusters);
    }

    /** Dots on a note; 0 before the reveal. */
    public int dotsOn(String noteId) {
        return noteDots.getOrDefault(noteId, 0);
    }

    /** Dots on a cluster's notes; 0 before the reveal. */
    public int dotsOnCluster(String clusterId) {
        for (RankedCluster c : clusters) {
            if (c.cluster().id().equals(clusterId)) {
                return c.dots();
            }
        }
        return 0;
    }

    /** The first {@code n} ranked notes. */
    public List<RankedNote> topNotes(int n) {
        return notes.subList(0, Math.min(n, notes.size()));
    }

    /** The first {@code n} ranked clusters. */
    public List<RankedCluster> topClusters(int n) {
        return clusters.subList(0, Math.min(n, clusters.size()));
    }
}
