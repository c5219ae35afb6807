package org.zielbild.ui.kit.board;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zielbild.domain.board.Cluster;
import org.zielbild.domain.board.Note;

/** A board's notes as the wall groups them: per area, its clusters (in board order), then the notes of no cluster. */
final class WallGroups {

    private WallGroups() {
    }

    /** Reading order on the board: top to bottom, left to right. */
    static final Comparator<Note> READING = Comparator.comparingDouble(Note::y).thenComparingDouble(Note::x);

    static List<List<WallNotesLayout.Group>> byArea(BoardSnapshot s) {
        int areas = Math.max(1, s.board().areaCount());
        List<List<WallNotesLayout.Group>> out = new ArrayList<>();
        for (int a = 0; a < areas; a++) {
            out.add(new ArrayList<>());
        }
        for (Cluster c : s.clusters()) {
            List<Note> members = new ArrayList<>(s.membersOf(c.id()));
            if (!members.isEmpty()) {
                members.sort(READING);
                out.get(areaOf(members, areas)).add(new WallNotesLayout.Group(c.name(), members));
            }
        }
        Map<Integer, List<Note>> loose = new HashMap<>();
        // Looked up once per note: a set, not a search through the clusters.
        java.util.Set<String> clusterIds = new java.util.HashSet<>();
        s.clusters().forEach(c -> clusterIds.add(c.id()));
        for (Note n : s.notes()) {
            if (n.clusterId() == null || !clusterIds.contains(n.clusterId())) {
                loose.computeIfAbsent(clamp(n.area(), areas), k -> new ArrayList<>()).add(n);
            }
        }
        loose.forEach((a, notes) -> {
            notes.sort(READING);
            out.get(a).add(new WallNotesLayout.Group(null, notes));
        });
        return out;
    }

    /** The area most of a cluster's notes are in. */
    static int areaOf(List<Note> members, int areas) {
        int[] counts = new int[areas];
        members.forEach(n -> counts[clamp(n.area(), areas)]++);
        int best = 0;
        for (int a = 1; a < areas; a++) {
            if (counts[a] > counts[best]) {
                best = a;
            }
        }
        return best;
    }

    private static int clamp(int area, int areas) {
        return Math.max(0, Math.min(areas - 1, area));
    }
}
