package org.zielbild.ui.kit.board;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.zielbild.domain.board.Cluster;

/**
 * Draws a cluster's frame and name. The name keeps a minimum size on screen: in the title bar
 * when it fits there, else on a chip in the middle of the frame (map-label style) that is drawn
 * after the notes, so the overview stays legible and a name never runs into its neighbour.
 */
final class ClusterPainter {

    static final double TITLE_SIZE = 24;
    private static final int LABEL_CACHE_LIMIT = 2_000;
    private static final Color DROP_FILL = Color.web("#1a7f37", 0.12);

    private final RenderStyle style;
    private final CanvasFonts fonts;
    private NotePaints paints = new NotePaints(0, org.zielbild.ui.common.WallPalette.LIGHT);
    private final Map<String, List<String>> labelCache = new LinkedHashMap<>(128, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
            return size() > LABEL_CACHE_LIMIT;
        }
    };

    ClusterPainter(RenderStyle style, CanvasFonts fonts) {
        this.style = style;
        this.fonts = fonts;
    }

    /** Draws in these colours from now on (the wall's theme changed). */
    void use(NotePaints paints) {
        this.paints = paints;
    }

    /** Draws the frame now; adds the chip to {@code chips} when the name does not fit the title bar. */
    void draw(GraphicsContext gc, Viewport vp, Cluster c, Bounds f, BoardSnapshot s, RenderOverlay o, List<Runnable> chips) {
        double sx = vp.sx(f.getMinX());
        double sy = vp.sy(f.getMinY());
        double sw = f.getWidth() * vp.scale();
        double sh = f.getHeight() * vp.scale();
        double arc = 14 * vp.scale();
        boolean target = c.id().equals(o.dropTarget);
        gc.setFill(target ? DROP_FILL : paints.frameFill);
        CanvasShapes.fill(gc, sx, sy, sw, sh, arc);
        gc.setStroke(target ? NotePaints.DROP_TARGET : paints.frame);
        gc.setLineWidth(target ? 3 : style == RenderStyle.PROJECTION ? 2.5 : 1.5);
        CanvasShapes.stroke(gc, sx, sy, sw, sh, arc);
        int count = s.membersOf(c.id()).size();
        int dots = s.dotsOnCluster(c.id());
        String label = c.name() + "  (" + count + ")" + (dots > 0 ? "  ● " + dots : "");
        double px = Math.max(style.minLabel, TITLE_SIZE * vp.scale());
        double titleH = BoardGeometry.FRAME_TITLE * vp.scale();
        if (px <= titleH * 0.8) {
            gc.setFill(paints.text);
            gc.setFont(fonts.font(px, true));
            gc.setTextAlign(TextAlignment.LEFT);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText(label, sx + 12 * vp.scale(), sy + titleH / 2, sw - 24 * vp.scale());
            return;
        }
        chips.add(() -> drawChip(gc, label, px, sx, sy, sw, sh, target));
    }

    private void drawChip(GraphicsContext gc, String label, double px, double sx, double sy, double sw, double sh,
                          boolean target) {
        Font f = fonts.font(px, true);
        List<String> lines = wrapLabel(label, f, Math.max(sw - 16, px * 4));
        double lh = px * 1.2;
        double tw = 0;
        for (String line : lines) {
            tw = Math.max(tw, fonts.width(line, f));
        }
        double chipW = tw + px * 0.8;
        double chipH = lines.size() * lh + px * 0.4;
        double cx = sx + sw / 2;
        double cy = sy + sh / 2;
        gc.setFill(paints.chip);
        CanvasShapes.fill(gc, cx - chipW / 2, cy - chipH / 2, chipW, chipH, px * 0.5);
        gc.setStroke(target ? NotePaints.DROP_TARGET : paints.frame);
        gc.setLineWidth(style == RenderStyle.PROJECTION ? 2 : 1);
        CanvasShapes.stroke(gc, cx - chipW / 2, cy - chipH / 2, chipW, chipH, px * 0.5);
        gc.setFill(paints.text);
        gc.setFont(f);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        double y = cy - chipH / 2 + px * 0.2;
        for (String line : lines) {
            gc.fillText(line, cx, y);
            y += lh;
        }
        gc.setTextAlign(TextAlignment.LEFT);
    }

    /** Greedy word wrap of a label, at most three lines (the last one ends in … when cut); cached. */
    private List<String> wrapLabel(String label, Font f, double maxWidth) {
        String key = label + '\u0000' + f.getSize() + '\u0000' + Math.round(maxWidth / 8);
        return labelCache.computeIfAbsent(key, k -> wrapLabelNow(label, f, maxWidth));
    }

    private List<String> wrapLabelNow(String label, Font f, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : label.split(" +")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && fonts.width(candidate, f) > maxWidth) {
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
}
