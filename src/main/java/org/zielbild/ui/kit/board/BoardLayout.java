package org.zielbild.ui.kit.board;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Bounds;
import org.zielbild.domain.Change;
import org.zielbild.domain.board.Cluster;
import org.zielbild.domain.board.MoveCluster;
import org.zielbild.domain.board.Note;
import org.zielbild.domain.board.NotePlacement;
import org.zielbild.domain.board.PlaceNotes;

/**
 * Where notes go when the board lays them out: a compact grid for a group, a merge below the
 * target's own notes, the whole board arranged by area. Pure functions from a snapshot to
 * placements and changes; the view-model applies them as one step.
 */
final class BoardLayout {

    private BoardLayout() {
    }

    /** Notes in a compact grid starting at (x, y), in the given order, all in {@code clusterId} (may be null). */
    static List<NotePlacement> grid(BoardSnapshot s, List<Note> notes, double x, double y, String clusterId) {
        List<double[]> at = BoardGeometry.grid(notes.size(), x, y);
        List<NotePlacement> out = new ArrayList<>(notes.size());
        for (int i = 0; i < notes.size(); i++) {
            double nx = at.get(i)[0];
            out.add(new NotePlacement(notes.get(i).id(), BoardGeometry.areaAt(s.board(), nx), nx, at.get(i)[1], clusterId));
        }
        return out;
    }

    /** A cluster's notes in a grid at its frame's top left. */
    static List<NotePlacement> tidy(BoardSnapshot s, String clusterId) {
        Bounds frame = s.frames().get(clusterId);
        return grid(s, s.membersOf(clusterId), frame.getMinX() + BoardGeometry.FRAME_PAD,
                frame.getMinY() + BoardGeometry.FRAME_PAD + BoardGeometry.FRAME_TITLE, clusterId);
    }

    /** The source cluster's notes joining the target: below its own notes (which stay), as wide as its frame. */
    static List<NotePlacement> merge(BoardSnapshot s, String targetId, String sourceId) {
        List<Note> own = s.membersOf(targetId);
        List<Note> joining = s.membersOf(sourceId);
        Bounds frame = s.frames().get(targetId);
        double x = frame.getMinX() + BoardGeometry.FRAME_PAD;
        double y = own.isEmpty() ? frame.getMinY() + BoardGeometry.FRAME_TITLE + BoardGeometry.FRAME_PAD
                : own.stream().mapToDouble(Note::y).max().orElse(0) + BoardGeometry.CELL_H;
        int cols = own.isEmpty() ? (int) Math.ceil(Math.sqrt(joining.size()))
                : (int) Math.round((frame.getWidth() - 2 * BoardGeometry.FRAME_PAD + BoardGeometry.GAP) / BoardGeometry.CELL_W);
        cols = Math.max(1, cols);
        List<NotePlacement> moves = new ArrayList<>();
        for (int i = 0; i < joining.size(); i++) {
            double nx = x + (i % cols) * BoardGeometry.CELL_W;
            moves.add(new NotePlacement(joining.get(i).id(), BoardGeometry.areaAt(s.board(), nx), nx,
                    y + (i / cols) * BoardGeometry.CELL_H, targetId));
        }
        return moves;
    }

    /**
     * The whole board arranged: clusters (most dots first once a vote is revealed, else in the
     * order they were made) flow in rows per area, their notes tidied, loose notes below.
     */
    static List<Change> arrange(BoardSnapshot s) {
        Comparator<Cluster> clusterOrder = Comparator.comparingInt((Cluster c) -> -s.dotsOnCluster(c.id()));
        Comparator<Note> noteOrder = Comparator.comparingInt((Note n) -> -s.dotsOn(n.id()));
        List<NotePlacement> moves = new ArrayList<>();
        List<Change> steps = new ArrayList<>();
        for (int area = 0; area < s.board().areaCount(); area++) {
            int a = area;
            double left = BoardGeometry.areaLeft(area) + BoardGeometry.GAP;
            double right = left + BoardGeometry.AREA_COLUMNS * BoardGeometry.CELL_W;
            double x = left;
            double y = 0;
            double rowHeight = 0;
            List<Cluster> clusters = s.clusters().stream().filter(c -> areaOf(s, c) == a).sorted(clusterOrder).toList();
            for (Cluster c : clusters) {
                List<Note> members = s.membersOf(c.id()).stream().sorted(noteOrder).toList();
                double[] size = BoardGeometry.gridFrameSize(members.size());
                if (x > left && x + size[0] > right) {
                    x = left;
                    y += rowHeight + BoardGeometry.GAP;
                    rowHeight = 0;
                }
                steps.add(new MoveCluster(c.id(), x, y));
                moves.addAll(grid(s, members, x + BoardGeometry.FRAME_PAD,
                        y + BoardGeometry.FRAME_PAD + BoardGeometry.FRAME_TITLE, c.id()));
                x += size[0] + BoardGeometry.GAP;
                rowHeight = Math.max(rowHeight, size[1]);
            }
            y += rowHeight + (clusters.isEmpty() ? 0 : BoardGeometry.GAP * 2);
            List<Note> loose = s.notes().stream().filter(n -> n.clusterId() == null && n.area() == a)
                    .sorted(noteOrder).toList();
            for (int i = 0; i < loose.size(); i++) {
                moves.add(new NotePlacement(loose.get(i).id(), a,
                        left + (i % BoardGeometry.AREA_COLUMNS) * BoardGeometry.CELL_W,
                        y + (i / BoardGeometry.AREA_COLUMNS) * BoardGeometry.CELL_H, null));
            }
        }
        if (!moves.isEmpty()) {
            steps.add(new PlaceNotes(moves));
        }
        return steps;
    }

    private static int areaOf(BoardSnapshot s, Cluster c) {
        List<Note> members = s.membersOf(c.id());
        return members.isEmpty() ? BoardGeometry.areaAt(s.board(), c.x()) : members.get(0).area();
    }
}
