package org.zielbild.ui.kit.board;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import org.zielbild.domain.board.Board;
import org.zielbild.domain.board.Cluster;
import org.zielbild.domain.board.Note;

/**
 * The board's world in board units: notes have one fixed size (their text shrinks to fit, so
 * layout never depends on fonts), areas are side-by-side bands, clusters are frames around their
 * notes. Pure functions; the view-model places notes with them, the renderer draws with them.
 */
public final class BoardGeometry {

    public static final double NOTE_W = 220;
    public static final double NOTE_H = 150;
    public static final double GAP = 20;
    public static final double CELL_W = NOTE_W + GAP;
    public static final double CELL_H = NOTE_H + GAP;
    /** Columns of the placement grid in one area. */
    public static final int AREA_COLUMNS = 7;
    public static final double AREA_W = AREA_COLUMNS * CELL_W + 2 * GAP;
    /** Space above and around a cluster's notes for its frame and name. */
    public static final double FRAME_PAD = 14;
    public static final double FRAME_TITLE = 46;
    public static final double EMPTY_FRAME_W = CELL_W;
    public static final double EMPTY_FRAME_H = 90;
    /** Where an area's name stands above its band: its baseline, and the top of a name at full size. */
    public static final double AREA_NAME_BASELINE = -FRAME_TITLE - 16;
    public static final double AREA_NAME_TOP = AREA_NAME_BASELINE - 56;
    /** Room kept for an area's name when fitting it into view. */
    public static final double AREA_NAME_W = 2 * CELL_W;

    private BoardGeometry() {
    }

    public static Bounds noteBounds(Note n) {
        return new BoundingBox(n.x(), n.y(), NOTE_W, NOTE_H);
    }

    public static boolean contains(Note n, double x, double y) {
        return x >= n.x() && x <= n.x() + NOTE_W && y >= n.y() && y <= n.y() + NOTE_H;
    }

    /** The left edge of an area's band. */
    public static double areaLeft(int area) {
        return area * AREA_W;
    }

    /** The area a point falls in; a board with one area has only area 0. */
    public static int areaAt(Board board, double x) {
        if (board.areaCount() == 1) {
            return 0;
        }
        int a = (int) Math.floor((x + NOTE_W / 2) / AREA_W);
        return Math.max(0, Math.min(board.areaCount() - 1, a));
    }

    /**
     * The frame of a cluster: around its notes (with room for the name above), or at its anchor
     * while it has none.
     */
    public static Bounds clusterFrame(Cluster c, List<Note> members) {
        if (members.isEmpty()) {
            return new BoundingBox(c.x(), c.y(), EMPTY_FRAME_W, EMPTY_FRAME_H + FRAME_TITLE);
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Note n : members) {
            minX = Math.min(minX, n.x());
            minY = Math.min(minY, n.y());
            maxX = Math.max(maxX, n.x() + NOTE_W);
            maxY = Math.max(maxY, n.y() + NOTE_H);
        }
        return new BoundingBox(minX - FRAME_PAD, minY - FRAME_PAD - FRAME_TITLE,
                maxX - minX + 2 * FRAME_PAD, maxY - minY + 2 * FRAME_PAD + FRAME_TITLE);
    }

    /** The strip at the top of a frame where the name is; grabbing it moves the whole cluster. */
    public static Bounds titleBar(Bounds frame) {
        return new BoundingBox(frame.getMinX(), frame.getMinY(), frame.getWidth(), FRAME_TITLE);
    }

    /**
     * Free grid cells of an area, in reading order, avoiding notes and cluster frames: where new
     * notes go. Linear in the number of notes (occupied cells are collected first).
     */
    public static List<double[]> freeSlots(BoardSnapshot s, int area, int count) {
        Set<Long> taken = new HashSet<>();
        double left = areaLeft(area) + GAP;
        for (Note n : s.notes()) {
            mark(taken, new BoundingBox(n.x(), n.y(), NOTE_W, NOTE_H), left);
        }
        for (Bounds f : s.frames().values()) {
            mark(taken, f, left);
        }
        List<double[]> slots = new ArrayList<>(count);
        for (int row = 0; slots.size() < count; row++) {
            for (int col = 0; col < AREA_COLUMNS && slots.size() < count; col++) {
                if (!taken.contains(key(col, row))) {
                    slots.add(new double[] {left + col * CELL_W, row * CELL_H});
                    taken.add(key(col, row));
                }
            }
        }
        return slots;
    }

    private static void mark(Set<Long> taken, Bounds b, double left) {
        int c0 = (int) Math.floor((b.getMinX() - left + GAP / 2) / CELL_W);
        int c1 = (int) Math.floor((b.getMaxX() - left - GAP / 2) / CELL_W);
        int r0 = (int) Math.floor((b.getMinY() + GAP / 2) / CELL_H);
        int r1 = (int) Math.floor((b.getMaxY() - GAP / 2) / CELL_H);
        if (c1 < 0 || c0 >= AREA_COLUMNS || r1 < 0) {
            return;
        }
        for (int c = Math.max(0, c0); c <= Math.min(AREA_COLUMNS - 1, c1); c++) {
            for (int r = Math.max(0, r0); r <= r1; r++) {
                taken.add(key(c, r));
            }
        }
    }

    private static long key(int col, int row) {
        return ((long) row << 8) | col;
    }

    /** Columns of a cluster's grid: a little taller than wide, so two clusters fit side by side in an area. */
    static int gridColumns(int count) {
        return Math.max(1, Math.min(Math.min(count, AREA_COLUMNS), (int) Math.ceil(Math.sqrt(count * 0.8))));
    }

    /** Positions for notes laid out in a compact grid starting at (x, y), in the given order. */
    public static List<double[]> grid(int count, double x, double y) {
        int cols = gridColumns(count);
        List<double[]> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(new double[] {x + (i % cols) * CELL_W, y + (i / cols) * CELL_H});
        }
        return out;
    }

    /** The size of the frame {@link #grid} makes for {@code count} notes. */
    public static double[] gridFrameSize(int count) {
        if (count == 0) {
            return new double[] {EMPTY_FRAME_W, EMPTY_FRAME_H + FRAME_TITLE};
        }
        int cols = gridColumns(count);
        int rows = (count + cols - 1) / cols;
        return new double[] {cols * CELL_W - GAP + 2 * FRAME_PAD, rows * CELL_H - GAP + 2 * FRAME_PAD + FRAME_TITLE};
    }
}
