package org.zielbild.domain.target;

import java.util.Optional;
import org.zielbild.domain.board.Board;
import org.zielbild.domain.board.Boards;
import org.zielbild.domain.board.Cluster;
import org.zielbild.domain.board.DotVoteResults;
import org.zielbild.domain.board.Note;

/**
 * Links from statements to the notes and clusters of earlier boards: made with a copy of what the
 * source says, and read back against the boards as they are now. Reading only: nothing here writes
 * into the boards.
 */
public final class SourceLinks {

    private SourceLinks() {
    }

    /** A link to a note, with its text, its board's title and its dots if that board's vote was revealed. */
    public static SourceLink toNote(String linkId, Boards boards, String noteId) {
        Note n = boards.requireNote(noteId);
        Board b = boards.requireBoard(n.boardId());
        DotVoteResults results = DotVoteResults.of(boards, b.id());
        return new SourceLink(linkId, SourceLink.Kind.NOTE, n.id(), b.id(), b.title(), n.text(),
                results.revealed() ? results.dotsOn(n.id()) : null);
    }

    /** A link to a cluster, with its name, its board's title and its dots if that board's vote was revealed. */
    public static SourceLink toCluster(String linkId, Boards boards, String clusterId) {
        Cluster c = boards.requireCluster(clusterId);
        Board b = boards.requireBoard(c.boardId());
        DotVoteResults results = DotVoteResults.of(boards, b.id());
        return new SourceLink(linkId, SourceLink.Kind.CLUSTER, c.id(), b.id(), b.title(), c.name(),
                results.revealed() ? results.dotsOnCluster(c.id()) : null);
    }

    /** What the source says now: the note's text or the cluster's name; empty once it was removed. */
    public static Optional<String> currentText(SourceLink link, Boards boards) {
        return switch (link.kind()) {
            case NOTE -> boards.note(link.sourceId()).map(Note::text);
            case CLUSTER -> boards.cluster(link.sourceId()).map(Cluster::name);
        };
    }

    /** Whether the note or cluster still exists. */
    public static boolean exists(SourceLink link, Boards boards) {
        return currentText(link, boards).isPresent();
    }
}
