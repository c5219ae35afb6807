package org.zielbild.ui.kit.board;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zielbild.domain.board.Note;

/**
 * The wall's board when every note fits with its text (decision 0102): the board's areas side by
 * side (each as wide as its share of the notes), in each its clusters as framed groups and then the
 * notes of no cluster, every note a card with its text wrapped, never cut. Tries body sizes from
 * {@link WallLayout#MAX_BODY} down to {@link WallLayout#MIN_BODY} and takes the largest at which
 * everything fits; empty when nothing does (then {@link WallCardsLayout}).
 */
final class WallNotesLayout {

    static final double[] SIZES = {44, 40, 36, 32, 28, 26, 24, 22, 20};
    static final double GAP = 14;
    static final double STRIP = 8;
    /** A note card's padding above and below its text, as a share of the body size. */
    static final double PAD = 0.4;

    private final WallMeasure measure;

    WallNotesLayout(WallMeasure measure) {
        this.measure = measure;
    }

    /** A group of notes laid out together: a cluster (with its name) or the notes of no cluster. */
    record Group(String title, List<Note> notes) {
    }

    Optional<WallLayout> layout(BoardSnapshot s, double width, double height, WallTexts texts) {
        return layout(s, WallGroups.byArea(s), width, height, texts);
    }

    /** The same with the board's groups by area ({@link WallGroups#byArea}) already made. */
    Optional<WallLayout> layout(BoardSnapshot s, List<List<Group>> areas, double width, double height, WallTexts texts) {
        int total = s.notes().size();
        for (double body : SIZES) {
            // Cheap first: would the notes fit at all, one line each, edge to edge?
            double label = WallLayout.labelFor(body);
            double cw = cardWidth(body);
            double minCard = noteHeight(body, label, true, 1);
            if (total * (cw + GAP) * (minCard + GAP) > width * height) {
                continue;
            }
            Optional<WallLayout> fitted = tryAt(s, areas, width, height, body, label, texts);
            if (fitted.isPresent()) {
                return fitted;
            }
        }
        return Optional.empty();
    }

    /** The narrowest a note card may be at a body size: about 14 characters a line. */
    static double cardWidth(double body) {
        return Math.round(body * 8) + STRIP + body;
    }

    private double noteHeight(double body, double label, boolean team, int lines) {
        return body * 0.5 * 2 + lines * Math.ceil(body * 1.2) + (team ? label * 1.3 + 4 : 0);
    }

    private double noteHeight(Note n, double body, double label, double cw, WallTexts texts) {
        double textW = cw - STRIP - body;
        if (measure.longestWord(n.text(), body, false) > textW) {
            // A word wider than the card would be cut: not at this size.
            return Double.POSITIVE_INFINITY;
        }
        double h = measure.noteHeight(n.text(), body, textW);
        String team = texts.secondary(n);
        return PAD * body * 2 + h + (team.isEmpty() ? 0 : 2 + measure.height(team, label, true, textW));
    }

    private Optional<WallLayout> tryAt(BoardSnapshot s, List<List<Group>> areas, double width, double height,
                                       double body, double label, WallTexts texts) {
        long used = areas.stream().filter(g -> !g.isEmpty()).count();
        double areaGaps = GAP * 2 * Math.max(0, used - 1);
        int most = Math.max((int) used, (int) Math.floor((width - areaGaps + GAP) / (cardWidth(body) + GAP)));
        // Fewer, wider columns first when they fit: fewer lines per note; else as many as the size allows.
        for (int columns = (int) used; columns <= most; columns++) {
            Optional<WallLayout> l = tryColumns(s, areas, width, height, body, label, texts, columns);
            if (l.isPresent()) {
                return l;
            }
        }
        return Optional.empty();
    }

    private Optional<WallLayout> tryColumns(BoardSnapshot s, List<List<Group>> areas, double width, double height,
                                            double body, double label, WallTexts texts, int columns) {
        List<WallLayout.Item> items = new ArrayList<>();
        boolean headings = s.board().areaCount() > 1;
        double headingH = headings ? Math.ceil(WallLayout.HEADING * 1.35) + 6 : 0;
        Map<Integer, Double> widths = bandWidths(areas, width, columns, body, label, texts);
        double x = 0;
        for (int a = 0; a < areas.size(); a++) {
            List<Group> groups = areas.get(a);
            if (groups.isEmpty()) {
                continue;
            }
            double bandW = widths.get(a);
            if (headings) {
                items.add(new WallLayout.Item(WallLayout.Kind.HEADING, x, 0, bandW, headingH - 6,
                        s.board().areas().get(a), "", List.of(), 0));
            }
            if (!columns(groups, x, headingH, bandW, height - headingH, body, label, widths.get(-1), texts, items)) {
                return Optional.empty();
            }
            x += bandW + GAP * 2;
        }
        return Optional.of(new WallLayout(WallLayout.Mode.NOTES, body, label, items, s.notes().size(), 0));
    }

    /**
     * The areas' widths: the columns that fit the wall at this size are shared out one by one, each
     * to the area whose notes stand tallest per column, so the areas end about level.
     */
    private Map<Integer, Double> bandWidths(List<List<Group>> areas, double width, int columns, double body,
                                            double label, WallTexts texts) {
        List<Integer> used = new ArrayList<>();
        for (int a = 0; a < areas.size(); a++) {
            if (!areas.get(a).isEmpty()) {
                used.add(a);
            }
        }
        double areaGaps = GAP * 2 * Math.max(0, used.size() - 1);
        double cw = (width - areaGaps - (columns - used.size()) * GAP) / columns;
        Map<Integer, Double> tall = new LinkedHashMap<>();
        Map<Integer, Integer> cols = new LinkedHashMap<>();
        for (int a : used) {
            double h = 0;
            for (Group g : areas.get(a)) {
                h += g.title() == null ? 0 : measure.height(g.title(), label, true, cw) + GAP;
                for (Note n : g.notes()) {
                    h += noteHeight(n, body, label, cw, texts) + GAP;
                }
            }
            tall.put(a, h);
            cols.put(a, 1);
        }
        for (int c = used.size(); c < columns; c++) {
            int most = used.stream().max(java.util.Comparator.comparingDouble(a -> tall.get(a) / cols.get(a))).orElseThrow();
            cols.merge(most, 1, Integer::sum);
        }
        Map<Integer, Double> out = new LinkedHashMap<>();
        cols.forEach((a, k) -> out.put(a, k * cw + (k - 1) * GAP));
        out.put(-1, cw);
        return out;
    }

    /**
     * Newspaper columns: the area's columns are filled top to bottom, one after the other; a
     * cluster's name stands above its notes and never alone at the foot of a column. The columns
     * share the area's width, so a card is as wide as it can be. False when the notes do not fit.
     */
    private boolean columns(List<Group> groups, double x0, double y0, double bandW, double bandH, double body,
                            double label, double cw, WallTexts texts, List<WallLayout.Item> items) {
        int cols = Math.max(1, (int) Math.round((bandW + GAP) / (cw + GAP)));
        int col = 0;
        double y = 0;
        for (Group g : groups) {
            double titleH = g.title() == null ? 0 : measure.height(g.title(), label, true, cw) + GAP / 2;
            for (int i = 0; i < g.notes().size(); i++) {
                double nh = noteHeight(g.notes().get(i), body, label, cw, texts);
                double need = (i == 0 ? titleH : 0) + nh;
                if (y > 0 && y + need > bandH) {
                    col++;
                    y = 0;
                }
                if (col >= cols || need > bandH) {
                    return false;
                }
                double cx = x0 + col * (cw + GAP);
                if (i == 0 && titleH > 0) {
                    items.add(new WallLayout.Item(WallLayout.Kind.GROUP, cx, y0 + y, cw, titleH, g.title(),
                            "", List.of(), 0));
                    y += titleH;
                }
                items.add(new WallLayout.Item(WallLayout.Kind.NOTE, cx, y0 + y, cw, nh, "", "", List.of(g.notes().get(i)), 0));
                y += nh + GAP;
            }
            y += g.title() == null ? 0 : GAP / 2;
        }
        return true;
    }
}
