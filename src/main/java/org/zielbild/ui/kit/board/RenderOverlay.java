package org.zielbild.ui.kit.board;

import java.util.Map;
import java.util.Set;
import javafx.geometry.Bounds;

/**
 * What the interaction adds on top of the board for one frame: the selection, a drag in progress,
 * the keyboard cursor of the ballot screen and the current voter's own dots. Mutable, owned by one canvas.
 */
final class RenderOverlay {
    Set<String> selection = Set.of();
    Set<String> dragged = Set.of();
    double dragDx;
    double dragDy;
    String draggedCluster;
    double clusterDx;
    double clusterDy;
    /** The cluster a drop would join (notes) or merge into (a dragged cluster). */
    String dropTarget;
    /** Screen coordinates. */
    Bounds rubberBand;
    Map<String, Integer> voterDots = Map.of();
    /** The note under the keyboard cursor (ballot screen); drawn with a focus ring. */
    String cursor;
    /** The note being edited in place: its text is under the editor and not drawn. */
    String hiddenEditor;

    /** How far a note is drawn from its place while something is dragged, or null. */
    double[] offsetOf(String noteId, String clusterId) {
        if (dragged.contains(noteId)) {
            return new double[] {dragDx, dragDy};
        }
        if (draggedCluster != null && draggedCluster.equals(clusterId)) {
            return new double[] {clusterDx, clusterDy};
        }
        return null;
    }

    void clearDrag() {
        dragged = Set.of();
        draggedCluster = null;
        dropTarget = null;
    }
}
