package org.zielbild.ui.kit.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import org.zielbild.domain.board.Note;

/**
 * What "fit all" shows: the notes and cluster frames with the names of their areas, never zoomed
 * in beyond a cap (five notes are not blown up to fill a screen). When it can, it also shows the
 * names of the empty areas, or leaves the area names out, whichever keeps the note text readable;
 * a board too large to read whole gets its overview. Pure geometry, see docs/decisions/0044.
 */
final class BoardFit {

    /** Margin around the fitted content, in pixels. */
    static final double MARGIN = 24;
    /** Fit never zooms in beyond this on the laptop: a note at 220 × 150 px. */
    static final double MAX_SCALE = 1.0;

    private BoardFit() {
    }

    /**
     * The viewport for fit-all in a w × h canvas.
     *
     * @param readablePx the width in pixels from which a note's text is drawn
     */
    static Viewport fitAll(BoardSnapshot s, double w, double h, double readablePx, double maxScale) {
        List<Bounds> candidates = candidates(s);
        for (Bounds target : candidates) {
            Viewport v = Viewport.fit(target, w, h, MARGIN, maxScale);
            if (readable(v, readablePx)) {
                return v;
            }
        }
        // Too much to read at once: the overview, with the names of the areas in use.
        return Viewport.fit(candidates.get(Math.min(1, candidates.size() - 1)), w, h, MARGIN, maxScale);
    }

    /**
     * The view that follows the board while nobody has panned or zoomed: the whole board when its
     * text can be read; else, when the board is spread over areas, the area being typed into
     * (with its name) if that can be read; else the overview. So typing pains and then gains on a
     * laptop keeps the new notes readable, and fit-all still shows everything.
     */
    static Viewport follow(BoardSnapshot s, double w, double h, double readablePx, double maxScale, int area) {
        Viewport whole = fitAll(s, w, h, readablePx, maxScale);
        if (readable(whole, readablePx) || s.board().areaCount() < 2) {
            return whole;
        }
        Bounds content = areaContent(s, area);
        if (content == null) {
            return whole;
        }
        Viewport one = Viewport.fit(withNames(content, Set.of(area)), w, h, MARGIN, maxScale);
        return readable(one, readablePx) ? one : whole;
    }

    private static boolean readable(Viewport v, double readablePx) {
        return v.scale() * BoardGeometry.NOTE_W >= readablePx;
    }

    /** The notes and frames in one area, or null when it has none. */
    private static Bounds areaContent(BoardSnapshot s, int area) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Note n : s.notes()) {
            if (n.area() == area) {
                minX = Math.min(minX, n.x());
                minY = Math.min(minY, n.y());
                maxX = Math.max(maxX, n.x() + BoardGeometry.NOTE_W);
                maxY = Math.max(maxY, n.y() + BoardGeometry.NOTE_H);
            }
        }
        for (Bounds f : s.frames().values()) {
            if (BoardGeometry.areaAt(s.board(), f.getMinX() + BoardGeometry.FRAME_PAD) == area) {
                minX = Math.min(minX, f.getMinX());
                minY = Math.min(minY, f.getMinY());
                maxX = Math.max(maxX, f.getMaxX());
                maxY = Math.max(maxY, f.getMaxY());
            }
        }
        return minX > maxX ? null : new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    /**
     * What the projection shows of the facilitator's view: that view without the empty board
     * around the notes, so a small board fills the wall. Zoomed into part of a large board, the
     * notes run past the view on every side and the projection shows exactly the view.
     */
    static Bounds cropToContent(Bounds view, BoardSnapshot s) {
        List<Bounds> candidates = candidates(s);
        Bounds board = candidates.get(Math.min(1, candidates.size() - 1));
        double minX = Math.max(view.getMinX(), board.getMinX() - BoardGeometry.GAP);
        double minY = Math.max(view.getMinY(), board.getMinY() - BoardGeometry.GAP);
        double maxX = Math.min(view.getMaxX(), board.getMaxX() + BoardGeometry.GAP);
        double maxY = Math.min(view.getMaxY(), board.getMaxY() + BoardGeometry.GAP);
        return minX < maxX && minY < maxY ? new BoundingBox(minX, minY, maxX - minX, maxY - minY) : view;
    }

    /** Most complete first: everything with every area's name; with the names of the areas in use; the content alone. */
    static List<Bounds> candidates(BoardSnapshot s) {
        Bounds content = content(s);
        boolean named = s.board().areaCount() > 1;
        List<Bounds> out = new ArrayList<>(3);
        if (!named) {
            out.add(content);
            return out;
        }
        Set<Integer> all = new TreeSet<>();
        for (int i = 0; i < s.board().areaCount(); i++) {
            all.add(i);
        }
        out.add(withNames(content, all));
        out.add(withNames(content, usedAreas(s)));
        out.add(content);
        return out;
    }

    /** Notes and frames; on an empty board, the place where the first note will go. */
    static Bounds content(BoardSnapshot s) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Note n : s.notes()) {
            minX = Math.min(minX, n.x());
            minY = Math.min(minY, n.y());
            maxX = Math.max(maxX, n.x() + BoardGeometry.NOTE_W);
            maxY = Math.max(maxY, n.y() + BoardGeometry.NOTE_H);
        }
        for (Bounds f : s.frames().values()) {
            minX = Math.min(minX, f.getMinX());
            minY = Math.min(minY, f.getMinY());
            maxX = Math.max(maxX, f.getMaxX());
            maxY = Math.max(maxY, f.getMaxY());
        }
        if (minX > maxX) {
            double[] first = BoardGeometry.freeSlots(s, 0, 1).get(0);
            return new BoundingBox(first[0], first[1], 3 * BoardGeometry.CELL_W, 2 * BoardGeometry.CELL_H);
        }
        return new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    private static Set<Integer> usedAreas(BoardSnapshot s) {
        Set<Integer> used = new TreeSet<>();
        s.notes().forEach(n -> used.add(n.area()));
        s.frames().values().forEach(f -> used.add(BoardGeometry.areaAt(s.board(), f.getMinX() + BoardGeometry.FRAME_PAD)));
        if (used.isEmpty()) {
            used.add(0);
        }
        return used;
    }

    private static Bounds withNames(Bounds content, Set<Integer> areas) {
        double minX = content.getMinX();
        double minY = Math.min(content.getMinY(), BoardGeometry.AREA_NAME_TOP);
        double maxX = content.getMaxX();
        for (int a : areas) {
            minX = Math.min(minX, BoardGeometry.areaLeft(a));
            maxX = Math.max(maxX, BoardGeometry.areaLeft(a) + BoardGeometry.AREA_NAME_W);
        }
        return new BoundingBox(minX, minY, maxX - minX, content.getMaxY() - minY);
    }
}
