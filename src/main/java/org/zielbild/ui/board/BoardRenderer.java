package org.zielbild.ui.board;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.zielbild.domain.Cluster;
import org.zielbild.domain.Note;
import org.zielbild.domain.TeamColor;

/**
 * Draws a board on a canvas in immediate mode: only what is in view, and with less detail the
 * smaller notes get on screen (coloured tiles at overview zoom, text once it can be read).
 * Labels of areas and clusters keep a minimum screen size, so the overview stays legible.
 */
final class BoardRenderer {

    /** Laptop: dense, authors shown. Projection: larger minimum type, no authors, stronger tints. */
    enum Style {
        LAPTOP(14, 0.72, true, 100),
        PROJECTION(32, 0.62, false, 165);

        final double minLabel;
        final double tint;
        final boolean authors;
        /** Below this many pixels per note its text is not drawn (too small to read at this distance). */
        final double textLod;

        Style(double minLabel, double tint, boolean authors, double textLod) {
            this.minLabel = minLabel;
            this.tint = tint;
            this.authors = authors;
            this.textLod = textLod;
        }
    }

    /** What the interaction adds on top of the board: selection, a drag in progress, a voter's dots. */
    static final class Overlay {
        Set<String> selection = Set.of();
        Set<String> dragged = Set.of();
        double dragDx;
        double dragDy;
        String draggedCluster;
        double clusterDx;
        double clusterDy;
        String dropTarget;
        Bounds rubberBand;
        Map<String, Integer> voterDots = Map.of();
        String hiddenEditor;
    }

    static final double PAD = 12;
    static final double STRIP = 7;
    static final double FOOTER = 22;
    static final double TITLE_SIZE = 24;
    static final double AREA_SIZE = 44;
    /** Below this many pixels per note it is a plain coloured tile. */
    static final double TILE_LOD = 28;

    private final Style style;
    private final NotePaints paints;
    private final TextFitter fitter;
    private final Map<Long, Font> fonts = new HashMap<>();

    BoardRenderer(Style style) {
        this.style = style;
        this.paints = new NotePaints(style.tint);
        this.fitter = new TextFitter(Font.getDefault().getFamily(), BoardGeometry.NOTE_W - PAD - STRIP - PAD,
                BoardGeometry.NOTE_H - PAD - FOOTER - 4);
    }

    /** How many notes the last frame drew (for the benchmark's report). */
    int lastDrawn;

    void render(GraphicsContext gc, double w, double h, Viewport vp, BoardSnapshot s, Overlay o) {
        gc.setFill(NotePaints.BACKGROUND);
        gc.fillRect(0, 0, w, h);
        if (s == null) {
            return;
        }
        Bounds view = vp.visible(w, h);
        drawAreas(gc, w, h, vp, s, view);
        List<Runnable> chips = new ArrayList<>();
        for (Cluster c : s.clusters()) {
            Bounds f = frameOf(c, s, o);
            if (f.intersects(view)) {
                drawFrame(gc, vp, c, f, s, o, chips);
            }
        }
        int drawn = 0;
        List<Note> onTop = new ArrayList<>();
        for (Note n : s.notes()) {
            if (o.selection.contains(n.id()) || o.dragged.contains(n.id())) {
                onTop.add(n);
                continue;
            }
            drawn += drawNoteIfVisible(gc, vp, s, o, n, view);
        }
        for (Note n : onTop) {
            drawn += drawNoteIfVisible(gc, vp, s, o, n, view);
        }
        chips.forEach(Runnable::run);
        if (o.rubberBand != null) {
            Bounds r = o.rubberBand;
            gc.setFill(Color.web("#0969da", 0.10));
            gc.fillRect(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
            gc.setStroke(NotePaints.SELECTION);
            gc.setLineWidth(1);
            gc.strokeRect(r.getMinX() + 0.5, r.getMinY() + 0.5, r.getWidth(), r.getHeight());
        }
        lastDrawn = drawn;
    }

    private Bounds frameOf(Cluster c, BoardSnapshot s, Overlay o) {
        Bounds f = s.frames().get(c.id());
        if (c.id().equals(o.draggedCluster)) {
            return new BoundingBox(f.getMinX() + o.clusterDx, f.getMinY() + o.clusterDy, f.getWidth(), f.getHeight());
        }
        return f;
    }

    private double[] offsetOf(Note n, Overlay o) {
        if (o.dragged.contains(n.id())) {
            return new double[] {o.dragDx, o.dragDy};
        }
        if (o.draggedCluster != null && o.draggedCluster.equals(n.clusterId())) {
            return new double[] {o.clusterDx, o.clusterDy};
        }
        return null;
    }

    private int drawNoteIfVisible(GraphicsContext gc, Viewport vp, BoardSnapshot s, Overlay o, Note n, Bounds view) {
        double[] off = offsetOf(n, o);
        double x = n.x() + (off == null ? 0 : off[0]);
        double y = n.y() + (off == null ? 0 : off[1]);
        if (x > view.getMaxX() || y > view.getMaxY() || x + BoardGeometry.NOTE_W < view.getMinX()
                || y + BoardGeometry.NOTE_H < view.getMinY()) {
            return 0;
        }
        drawNote(gc, vp, s, o, n, x, y);
        return 1;
    }

    private void drawNote(GraphicsContext gc, Viewport vp, BoardSnapshot s, Overlay o, Note n, double x, double y) {
        double k = vp.scale();
        double sx = vp.sx(x);
        double sy = vp.sy(y);
        double sw = BoardGeometry.NOTE_W * k;
        double sh = BoardGeometry.NOTE_H * k;
        TeamColor color = NotePaints.colorOf(n, s);
        boolean selected = o.selection.contains(n.id());
        if (sw < TILE_LOD) {
            gc.setFill(paints.strong(color));
            gc.fillRect(sx, sy, Math.max(1, sw), Math.max(1, sh));
            if (selected) {
                outline(gc, sx, sy, sw, sh, 0);
            }
            badges(gc, vp, s, o, n, sx, sy, sw);
            return;
        }
        double arc = 10 * k;
        gc.setFill(paints.fill(color));
        fillRect(gc, sx, sy, sw, sh, arc);
        gc.setFill(paints.strong(color));
        gc.fillRect(sx, sy + arc / 2, STRIP * k, sh - arc);
        if (sw >= style.textLod && !n.id().equals(o.hiddenEditor)) {
            drawText(gc, vp, n, sx, sy, sw, sh, s);
        }
        if (selected) {
            outline(gc, sx, sy, sw, sh, arc);
        }
        badges(gc, vp, s, o, n, sx, sy, sw);
    }

    private void drawText(GraphicsContext gc, Viewport vp, Note n, double sx, double sy, double sw, double sh, BoardSnapshot s) {
        double k = vp.scale();
        TextFitter.Fitted fitted = fitter.fit(n.text());
        double px = fitted.size() * k;
        if (px < 5) {
            return;
        }
        gc.setFill(NotePaints.TEXT);
        gc.setFont(font(px, false));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        double tx = sx + (STRIP + PAD) * k;
        double ty = sy + PAD * k;
        double lh = fitted.lineHeight() * k;
        for (String line : fitted.lines()) {
            gc.fillText(line, tx, ty);
            ty += lh;
        }
        String footer = s.team(n.teamId()).map(t -> t.name()).orElse("");
        if (style.authors && !n.author().isEmpty()) {
            footer = footer.isEmpty() ? n.author() : footer + " · " + n.author();
        }
        double fpx = 12 * k;
        if (!footer.isEmpty() && fpx >= 6) {
            gc.setFill(NotePaints.MUTED);
            gc.setFont(font(fpx, true));
            gc.setTextBaseline(VPos.BOTTOM);
            gc.fillText(footer, tx, sy + sh - 6 * k, sw - (STRIP + 2 * PAD) * k);
        }
    }

    private void outline(GraphicsContext gc, double sx, double sy, double sw, double sh, double arc) {
        gc.setStroke(NotePaints.SELECTION);
        gc.setLineWidth(3);
        gc.strokeRoundRect(sx - 1.5, sy - 1.5, sw + 3, sh + 3, arc, arc);
    }

    /** The revealed total, or the current voter's own dots; nothing else about votes is ever drawn. */
    private void badges(GraphicsContext gc, Viewport vp, BoardSnapshot s, Overlay o, Note n, double sx, double sy, double sw) {
        double k = vp.scale();
        int total = s.dotsOn(n.id());
        if (total > 0) {
            double r = Math.max(style == Style.PROJECTION ? 22 : 10, 16 * k);
            double cx = sx + sw - r * 0.6;
            double cy = sy + r * 0.6;
            gc.setFill(NotePaints.BADGE);
            gc.fillOval(cx - r, cy - r, 2 * r, 2 * r);
            gc.setFill(Color.WHITE);
            gc.setFont(font(r * 1.1, true));
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText(Integer.toString(total), cx, cy);
            gc.setTextAlign(TextAlignment.LEFT);
        }
        int mine = o.voterDots.getOrDefault(n.id(), 0);
        if (mine > 0) {
            double r = Math.max(6, 11 * k);
            for (int i = 0; i < mine; i++) {
                double cx = sx + sw - r * 1.4 - i * r * 2.4;
                double cy = sy + r * 1.4;
                gc.setFill(NotePaints.VOTER_DOT);
                gc.fillOval(cx - r, cy - r, 2 * r, 2 * r);
                gc.setStroke(Color.WHITE);
                gc.setLineWidth(2);
                gc.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
            }
        }
    }

    /** The frame now; its name too when it fits the title bar, else a chip drawn over the notes later. */
    private void drawFrame(GraphicsContext gc, Viewport vp, Cluster c, Bounds f, BoardSnapshot s, Overlay o,
                           List<Runnable> chips) {
        double sx = vp.sx(f.getMinX());
        double sy = vp.sy(f.getMinY());
        double sw = f.getWidth() * vp.scale();
        double sh = f.getHeight() * vp.scale();
        double arc = 14 * vp.scale();
        boolean target = c.id().equals(o.dropTarget);
        gc.setFill(target ? Color.web("#1a7f37", 0.12) : NotePaints.FRAME_FILL);
        fillRect(gc, sx, sy, sw, sh, arc);
        gc.setStroke(target ? NotePaints.DROP_TARGET : NotePaints.FRAME);
        gc.setLineWidth(target ? 3 : style == Style.PROJECTION ? 2.5 : 1.5);
        strokeRect(gc, sx, sy, sw, sh, arc);
        int count = s.membersOf(c.id()).size();
        int dots = s.dotsOnCluster(c.id());
        String label = c.name() + "  (" + count + ")" + (dots > 0 ? "  ● " + dots : "");
        double px = Math.max(style.minLabel, TITLE_SIZE * vp.scale());
        gc.setFill(NotePaints.TEXT);
        gc.setFont(font(px, true));
        gc.setTextAlign(TextAlignment.LEFT);
        double titleH = BoardGeometry.FRAME_TITLE * vp.scale();
        if (px <= titleH * 0.8) {
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText(label, sx + 12 * vp.scale(), sy + titleH / 2, sw - 24 * vp.scale());
            return;
        }
        // Too small on screen for the name to fit in the title bar: it goes on a chip in the middle
        // of the frame, wrapped to its width, map-label style, so it never runs into a neighbour.
        chips.add(() -> drawChip(gc, label, px, sx, sy, sw, sh, target));
    }

    private void drawChip(GraphicsContext gc, String label, double px, double sx, double sy, double sw, double sh,
                          boolean target) {
        Font f = font(px, true);
        List<String> lines = wrapLabel(label, f, Math.max(sw - 16, px * 4));
        double lh = px * 1.2;
        double tw = 0;
        for (String line : lines) {
            tw = Math.max(tw, textWidth(line, f));
        }
        double chipW = tw + px * 0.8;
        double chipH = lines.size() * lh + px * 0.4;
        double cx = sx + sw / 2;
        double cy = sy + sh / 2;
        gc.setFill(Color.web("#ffffff", 0.9));
        gc.fillRoundRect(cx - chipW / 2, cy - chipH / 2, chipW, chipH, px * 0.5, px * 0.5);
        gc.setStroke(target ? NotePaints.DROP_TARGET : NotePaints.FRAME);
        gc.setLineWidth(style == Style.PROJECTION ? 2 : 1);
        gc.strokeRoundRect(cx - chipW / 2, cy - chipH / 2, chipW, chipH, px * 0.5, px * 0.5);
        gc.setFill(NotePaints.TEXT);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        double y = cy - chipH / 2 + px * 0.2;
        for (String line : lines) {
            gc.fillText(line, cx, y);
            y += lh;
        }
        gc.setTextAlign(TextAlignment.LEFT);
    }

    /** Rounded corners cost the software rasteriser a path each; below a few pixels nobody sees them. */
    private static void fillRect(GraphicsContext gc, double x, double y, double w, double h, double arc) {
        if (arc < 3) {
            gc.fillRect(x, y, w, h);
        } else {
            gc.fillRoundRect(x, y, w, h, arc, arc);
        }
    }

    private static void strokeRect(GraphicsContext gc, double x, double y, double w, double h, double arc) {
        if (arc < 3) {
            gc.strokeRect(x, y, w, h);
        } else {
            gc.strokeRoundRect(x, y, w, h, arc, arc);
        }
    }

    /** Greedy word wrap of a label, at most three lines (the last one ends in … when cut). */
    private final Map<String, List<String>> labelCache = new java.util.LinkedHashMap<>(128, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
            return size() > 2_000;
        }
    };

    private List<String> wrapLabel(String label, Font f, double maxWidth) {
        String key = label + '\u0000' + f.getSize() + '\u0000' + Math.round(maxWidth / 8);
        return labelCache.computeIfAbsent(key, k -> wrapLabelNow(label, f, maxWidth));
    }

    private List<String> wrapLabelNow(String label, Font f, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : label.split(" +")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && textWidth(candidate, f) > maxWidth) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        lines.add(line.toString());
        if (lines.size() > 3) {
            List<String> cut = new ArrayList<>(lines.subList(0, 3));
            cut.set(2, cut.get(2) + " …");
            return cut;
        }
        return lines;
    }

    private void drawAreas(GraphicsContext gc, double w, double h, Viewport vp, BoardSnapshot s, Bounds view) {
        int areas = s.board().areaCount();
        if (areas < 2) {
            return;
        }
        for (int i = 0; i < areas; i++) {
            double left = vp.sx(BoardGeometry.areaLeft(i));
            double right = vp.sx(BoardGeometry.areaLeft(i + 1));
            if (right < 0 || left > w) {
                continue;
            }
            if (i % 2 == 1) {
                gc.setFill(NotePaints.BAND);
                gc.fillRect(left, 0, right - left, h);
            }
            gc.setStroke(Color.web("#d0d7de"));
            gc.setLineWidth(1);
            gc.strokeLine(right, 0, right, h);
            double px = Math.max(style.minLabel + 4, AREA_SIZE * vp.scale());
            gc.setFill(NotePaints.MUTED);
            gc.setFont(font(px, true));
            gc.setTextAlign(TextAlignment.LEFT);
            gc.setTextBaseline(VPos.BOTTOM);
            gc.fillText(s.board().areas().get(i), left + 16, vp.sy(-BoardGeometry.FRAME_TITLE - 16));
        }
    }

    private final javafx.scene.text.Text measure = new javafx.scene.text.Text();

    private double textWidth(String s, Font f) {
        measure.setFont(f);
        measure.setText(s);
        return measure.getLayoutBounds().getWidth();
    }

    Font font(double px, boolean bold) {
        long key = Math.round(px * 2) * 2 + (bold ? 1 : 0);
        return fonts.computeIfAbsent(key, k -> Font.font(fitter.family(), bold ? FontWeight.BOLD : FontWeight.NORMAL,
                Math.round(px * 2) / 2.0));
    }
}
