package org.zielbild.ui.kit.board;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Bounds;
import org.zielbild.domain.board.Cluster;
import org.zielbild.domain.board.Note;

/**
 * What is under a board point, topmost first (the order things are drawn in, reversed). A linear
 * scan: thousands of bounds checks cost microseconds (docs/decisions/0040).
 */
final class BoardHits {

    private BoardHits() {
    }

    /** The note at a point; selected notes are drawn on top, so they are hit first. */
    static Optional<Note> noteAt(BoardSnapshot s, Set<String> selected, double x, double y) {
        List<Note> notes = s.notes();
        for (int i = notes.size() - 1; i >= 0; i--) {
            Note n = notes.get(i);
            if (selected.contains(n.id()) && BoardGeometry.contains(n, x, y)) {
                return Optional.of(n);
            }
        }
        for (int i = notes.size() - 1; i >= 0; i--) {
            if (BoardGeometry.contains(notes.get(i), x, y)) {
                return Optional.of(notes.get(i));
            }
        }
        return Optional.empty();
    }

    /** The cluster whose name bar (the handle to move it by) is at a point. */
    static Optional<String> clusterTitleAt(BoardSnapshot s, double x, double y) {
        List<Cluster> clusters = s.clusters();
        for (int i = clusters.size() - 1; i >= 0; i--) {
            Bounds frame = s.frames().get(clusters.get(i).id());
            if (BoardGeometry.titleBar(frame).contains(x, y)) {
                return Optional.of(clusters.get(i).id());
            }
        }
        return Optional.empty();
    }

    /** The topmost cluster whose frame contains the point, other than {@code except} (may be null). */
    static Optional<String> clusterAt(BoardSnapshot s, double x, double y, String except) {
        List<Cluster> clusters = s.clusters();
        for (int i = clusters.size() - 1; i >= 0; i--) {
            String id = clusters.get(i).id();
            if (!id.equals(except) && s.frames().get(id).contains(x, y)) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }
}
