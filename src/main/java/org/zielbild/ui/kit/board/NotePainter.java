package org.zielbild.ui.kit.board;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.zielbild.domain.board.Note;
import org.zielbild.domain.roster.Team;
import org.zielbild.domain.roster.TeamColor;
import org.zielbild.ui.common.Glyphs;

/**
 * Draws one note, with less detail the smaller it is on screen: a plain coloured tile, a tinted
 * note without text, or the note with its text once that can be read; then its selection or
 * cursor ring and its dots (the revealed total, or the current voter's own).
 */
final class NotePainter {

    static final double PAD = 12;
    static final double STRIP = 7;
    static final double FOOTER = 22;
    /** Below this many pixels per note it is a plain coloured tile. */
    static final double TILE_LOD = 28;

    private final RenderStyle style;
    private NotePaints paints;
    private final TextFitter fitter;
    private final CanvasFonts fonts;

    NotePainter(RenderStyle style, TextFitter fitter, CanvasFonts fonts) {
        this.style = style;
        this.paints = new NotePaints(style.tint, org.zielbild.ui.common.WallPalette.LIGHT);
        this.fitter = fitter;
        this.fonts = fonts;
    }

    /** Draws in these colours from now on (the wall's theme changed). */
    void use(NotePaints paints) {
        this.paints = paints;
    }

    /** The box the text of a note is fitted into, in board units. */
    static TextFitter fitterFor(String family) {
        return new TextFitter(family, BoardGeometry.NOTE_W - PAD - STRIP - PAD, BoardGeometry.NOTE_H - PAD - FOOTER - 4);
    }

    /** Draws note {@code n} with its top left corner at board point (x, y). */
    void draw(GraphicsContext gc, Viewport vp, BoardSnapshot s, RenderOverlay o, Note n, double x, double y) {
        double k = vp.scale();
        double sx = vp.sx(x);
        double sy = vp.sy(y);
        double sw = BoardGeometry.NOTE_W * k;
        double sh = BoardGeometry.NOTE_H * k;
        TeamColor color = NotePaints.colorOf(n, s);
        double arc = 0;
        Color strip = paints.strong(color);
        if (sw < TILE_LOD) {
            gc.setFill(strip == null ? paints.fill(null) : strip);
            gc.fillRect(sx, sy, Math.max(1, sw), Math.max(1, sh));
        } else {
            arc = 10 * k;
            gc.setFill(paints.fill(color));
            CanvasShapes.fill(gc, sx, sy, sw, sh, arc);
            if (strip != null) {
                gc.setFill(strip);
                gc.fillRect(sx, sy + arc / 2, STRIP * k, sh - arc);
            } else {
                // A note without a team: plain paper with a thin outline, never a team's colour.
                gc.setStroke(paints.areaLine);
                gc.setLineWidth(1);
                CanvasShapes.stroke(gc, sx + 0.5, sy + 0.5, sw - 1, sh - 1, arc);
            }
            if (sw >= style.textLod && !n.id().equals(o.hiddenEditor)) {
                drawText(gc, k, n, sx, sy, sw, sh, s);
            }
        }
        if (o.selection.contains(n.id())) {
            ring(gc, NotePaints.SELECTION, 3, sx, sy, sw, sh, arc);
        }
        if (n.id().equals(o.cursor)) {
            ring(gc, NotePaints.CURSOR, 5, sx, sy, sw, sh, arc);
        }
        badges(gc, k, s, o, n, sx, sy, sw);
    }

    private void drawText(GraphicsContext gc, double k, Note n, double sx, double sy, double sw, double sh, BoardSnapshot s) {
        TextFitter.Fitted fitted = fitter.fit(n.text());
        double px = fitted.size() * k;
        if (px < 5) {
            return;
        }
        gc.setFill(paints.text);
        gc.setFont(fonts.font(px, false));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        double tx = sx + (STRIP + PAD) * k;
        double ty = sy + PAD * k;
        double lh = fitted.lineHeight() * k;
        for (String line : fitted.lines()) {
            drawLine(gc, line, tx, ty, px);
            ty += lh;
        }
        String footer = s.team(n.teamId()).map(Team::name).orElse("");
        if (style.authors && !n.author().isEmpty()) {
            footer = footer.isEmpty() ? n.author() : footer + " · " + n.author();
        }
        double fpx = 12 * k;
        if (!footer.isEmpty() && fpx >= 6) {
            gc.setFill(paints.muted);
            gc.setFont(fonts.font(fpx, true));
            gc.setTextBaseline(VPos.BOTTOM);
            gc.fillText(footer, tx, sy + sh - 6 * k, sw - (STRIP + 2 * PAD) * k);
        }
    }

    /**
     * A line as typed (0104): plain text at once; a line with right-to-left text or emoji run by run
     * in visual order, emoji in the bundled font (a canvas has no bidi layout and no font fallback).
     */
    private void drawLine(GraphicsContext gc, String line, double x, double y, double px) {
        if (!needsRuns(line)) {
            gc.fillText(line, x, y);
            return;
        }
        javafx.scene.text.Font body = fonts.font(px, false);
        for (Glyphs.Run run : Glyphs.visualRuns(line)) {
            javafx.scene.text.Font f = run.emoji() ? Glyphs.emojiFont(Math.round(px * 2) / 2.0) : body;
            gc.setFont(f);
            gc.fillText(run.text(), x, y);
            x += fonts.width(run.text(), f);
        }
        gc.setFont(body);
    }

    private static boolean needsRuns(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= 0x0590 && c <= 0x08FF || Character.isSurrogate(c) || c >= 0x2600 && c <= 0x27BF
                    || c >= 0xFB1D && c <= 0xFEFC) {
                return true;
            }
        }
        return false;
    }

    private static void ring(GraphicsContext gc, Color color, double width, double sx, double sy, double sw, double sh,
                             double arc) {
        gc.setStroke(color);
        gc.setLineWidth(width);
        double d = width / 2;
        CanvasShapes.stroke(gc, sx - d, sy - d, sw + width, sh + width, arc);
    }

    /** The revealed total, or the current voter's own dots; nothing else about votes is ever drawn. */
    private void badges(GraphicsContext gc, double k, BoardSnapshot s, RenderOverlay o, Note n, double sx, double sy,
                        double sw) {
        int total = s.dotsOn(n.id());
        if (total > 0) {
            double r = Math.max(style == RenderStyle.PROJECTION ? 22 : 10, 16 * k);
            double cx = sx + sw - r * 0.6;
            double cy = sy + r * 0.6;
            gc.setFill(paints.badge);
            gc.fillOval(cx - r, cy - r, 2 * r, 2 * r);
            gc.setFill(paints.badgeText);
            gc.setFont(fonts.font(r * 1.1, true));
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
}
