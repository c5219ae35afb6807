package org.zielbild.ui.modules.target;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.zielbild.domain.Session;
import org.zielbild.domain.agenda.Stage;
import org.zielbild.domain.board.Board;
import org.zielbild.domain.board.Cluster;
import org.zielbild.domain.board.DotVoteResults;
import org.zielbild.domain.board.Note;
import org.zielbild.domain.target.SourceLink;

/**
 * What the room already made, as raw material for statements: the clusters and the notes outside a
 * cluster of every board on a stage before this one, board by board; within a board the most dots
 * first where the vote was revealed (an unrevealed vote shows, and sorts by, nothing).
 */
final class SourceOptions {

    private SourceOptions() {
    }

    static List<SourceOption> of(Session session, String stageId) {
        List<Stage> stages = session.agenda().stages();
        int here = -1;
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).id().equals(stageId)) {
                here = i;
            }
        }
        List<String> earlier = stages.subList(0, Math.max(0, here)).stream().map(Stage::id).toList();
        List<SourceOption> out = new ArrayList<>();
        for (String s : earlier) {
            for (Board b : session.boards().boards()) {
                if (b.stageId().equals(s)) {
                    out.addAll(ofBoard(session, b));
                }
            }
        }
        return out;
    }

    private static List<SourceOption> ofBoard(Session session, Board b) {
        DotVoteResults results = DotVoteResults.of(session.boards(), b.id());
        List<SourceOption> options = new ArrayList<>();
        for (Cluster c : session.boards().clustersOf(b.id())) {
            options.add(new SourceOption(SourceLink.Kind.CLUSTER, c.id(), b.title(), c.name(),
                    results.revealed() ? results.dotsOnCluster(c.id()) : null, session.boards().members(c.id()).size()));
        }
        for (Note n : session.boards().notesOf(b.id())) {
            if (n.clusterId() == null) {
                options.add(new SourceOption(SourceLink.Kind.NOTE, n.id(), b.title(), n.text(),
                        results.revealed() ? results.dotsOn(n.id()) : null, 0));
            }
        }
        if (results.revealed()) {
            options.sort(Comparator.comparingInt((SourceOption o) -> -o.dots()));
        }
        return options;
    }
}
