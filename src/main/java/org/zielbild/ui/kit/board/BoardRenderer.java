package org.zielbild.ui.kit.board;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.zielbild.domain.board.Cluster;
import org.zielbild.domain.board.Note;
import org.zielbild.ui.common.WallPalette;

/**
 * Draws a board on a canvas in immediate mode, only what is in view: the area bands and their
 * names, the cluster frames, the notes (selected and dragged ones on top), the cluster name chips
 * and the rubber band. Notes and frames are drawn by {@link NotePainter} and {@link ClusterPainter}.
 */
final class BoardRenderer {

    static final double AREA_SIZE = 44;
    private static final Color RUBBER_FILL = Color.web("#0969da", 0.10);

    private final RenderStyle style;
    private final CanvasFonts fonts;
    private final NotePainter notes;
    private final ClusterPainter clusters;
    private NotePaints paints;
    /** How many notes the last frame drew (for the benchmark's report). */
    private int lastDrawn;

    BoardRenderer(RenderStyle style) {
        String family = Font.getDefault().getFamily();
        this.style = style;
        this.fonts = new CanvasFonts(family);
        this.notes = new NotePainter(style, NotePainter.fitterFor(family), fonts);
        this.clusters = new ClusterPainter(style, fonts);
        use(WallPalette.LIGHT);
    }

    /** The palette the board is drawn in: the laptop's is light, the wall's follows the projector's theme. */
    void use(WallPalette palette) {
        if (paints != null && paints.palette == palette) {
            return;
        }
        paints = new NotePaints(style.tint, palette);
        notes.use(paints);
        clusters.use(paints);
    }

    WallPalette palette() {
        return paints.palette;
    }

    int lastDrawn() {
        return lastDrawn;
    }

    void render(GraphicsContext gc, double w, double h, Viewport vp, BoardSnapshot s, RenderOverlay o) {
        gc.setFill(paints.background);
        gc.fillRect(0, 0, w, h);
        if (s == null) {
            return;
        }
        Bounds view = vp.visible(w, h);
        drawAreas(gc, w, h, vp, s);
        List<Runnable> chips = new ArrayList<>();
        for (Cluster c : s.clusters()) {
            Bounds f = frameOf(c, s, o);
            if (f.intersects(view)) {
                clusters.draw(gc, vp, c, f, s, o, chips);
            }
        }
        int drawn = 0;
        List<Note> onTop = new ArrayList<>();
        for (Note n : s.notes()) {
            if (o.selection.contains(n.id()) || o.dragged.contains(n.id()) || n.id().equals(o.cursor)) {
                onTop.add(n);
                continue;
            }
            drawn += drawIfVisible(gc, vp, s, o, n, view);
        }
        for (Note n : onTop) {
            drawn += drawIfVisible(gc, vp, s, o, n, view);
        }
        chips.forEach(Runnable::run);
        if (o.rubberBand != null) {
            Bounds r = o.rubberBand;
            gc.setFill(RUBBER_FILL);
            gc.fillRect(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
            gc.setStroke(NotePaints.SELECTION);
            gc.setLineWidth(1);
            gc.strokeRect(r.getMinX() + 0.5, r.getMinY() + 0.5, r.getWidth(), r.getHeight());
        }
        lastDrawn = drawn;
    }

    private static Bounds frameOf(Cluster c, BoardSnapshot s, RenderOverlay o) {
        Bounds f = s.frames().get(c.id());
        if (c.id().equals(o.draggedCluster)) {
            return new BoundingBox(f.getMinX() + o.clusterDx, f.getMinY() + o.clusterDy, f.getWidth(), f.getHeight());
        }
        return f;
    }

    private int drawIfVisible(GraphicsContext gc, Viewport vp, BoardSnapshot s, RenderOverlay o, Note n, Bounds view) {
        double[] off = o.offsetOf(n.id(), n.clusterId());
        double x = n.x() + (off == null ? 0 : off[0]);
        double y = n.y() + (off == null ? 0 : off[1]);
        if (x > view.getMaxX() || y > view.getMaxY() || x + BoardGeometry.NOTE_W < view.getMinX()
                || y + BoardGeometry.NOTE_H < view.getMinY()) {
            return 0;
        }
        notes.draw(gc, vp, s, o, n, x, y);
        return 1;
    }

    private void drawAreas(GraphicsContext gc, double w, double h, Viewport vp, BoardSnapshot s) {
        int areas = s.board().areaCount();
        if (areas < 2) {
            return;
        }
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (int i = 0; i < areas; i++) {
            double left = vp.sx(BoardGeometry.areaLeft(i));
            double right = vp.sx(BoardGeometry.areaLeft(i + 1));
            if (right < 0 || left > w) {
                (right < 0 ? before : after).add(s.board().areas().get(i));
                continue;
            }
            if (i % 2 == 1) {
                gc.setFill(paints.band);
                gc.fillRect(left, 0, right - left, h);
            }
            gc.setStroke(paints.areaLine);
            gc.setLineWidth(1);
            gc.strokeLine(right, 0, right, h);
            double px = Math.max(style.minLabel + 4, AREA_SIZE * vp.scale());
            gc.setFill(paints.muted);
            gc.setFont(fonts.font(px, true));
            gc.setTextAlign(TextAlignment.LEFT);
            gc.setTextBaseline(VPos.BOTTOM);
            // While the band's left edge is out of view, its name stays at the edge of the view.
            String name = s.board().areas().get(i);
            double x = left + 16;
            if (x < 8) {
                x = Math.min(8, right - fonts.width(name, fonts.font(px, true)) - 16);
            }
            gc.fillText(name, x, vp.sy(BoardGeometry.AREA_NAME_BASELINE));
        }
        edgeHints(gc, w, before, after);
    }

    /** Areas out of view are named at the edge they lie beyond ("‹ Pains", "Gains ›"), so nobody forgets them. */
    private void edgeHints(GraphicsContext gc, double w, List<String> before, List<String> after) {
        gc.setFill(paints.muted);
        gc.setFont(fonts.font(style.minLabel, true));
        gc.setTextBaseline(VPos.TOP);
        if (!before.isEmpty()) {
            gc.setTextAlign(TextAlignment.LEFT);
            gc.fillText("‹ " + String.join(" · ", before), 8, 6);
        }
        if (!after.isEmpty()) {
            gc.setTextAlign(TextAlignment.RIGHT);
            gc.fillText(String.join(" · ", after) + " ›", w - 8, 6);
        }
        gc.setTextAlign(TextAlignment.LEFT);
    }
}
