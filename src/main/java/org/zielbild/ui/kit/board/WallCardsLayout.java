package org.zielbild.ui.kit.board;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.zielbild.domain.board.Note;

/**
 * The wall's board when not every note fits at the smallest readable size (decision 0102): each
 * cluster becomes a card with its name, its count and its top notes (most dots once revealed, else
 * the newest), the notes of no cluster a card of their own the same way, each with a visible
 * "+ k more" for the notes it leaves out. Cards are placed in a grid per area; when even one line per
 * card does not fit, the largest clusters are shown and a last line counts the rest. Of the sizes of
 * 28 px and more at which every card shows a note, the one that shows the most notes is taken.
 * Never a blank card: title and count are always there.
 */
final class WallCardsLayout {

    static final double[] SIZES = {32, 28, 24, 22, 20};
    static final double GAP = 18;
    static final double MIN_CARD_W = 300;

    private final WallMeasure measure;

    WallCardsLayout(WallMeasure measure) {
        this.measure = measure;
    }

    private Comparator<Note> order;

    /** Each group's notes best first, sorted once for all sizes tried. */
    private final java.util.Map<WallNotesLayout.Group, List<Note>> sorted = new java.util.IdentityHashMap<>();

    WallLayout layout(BoardSnapshot s, double width, double height, WallTexts texts) {
        return layout(s, WallGroups.byArea(s), width, height, texts);
    }

    /** The same with the board's groups by area ({@link WallGroups#byArea}) already made. */
    WallLayout layout(BoardSnapshot s, List<List<WallNotesLayout.Group>> areas, double width, double height,
                      WallTexts texts) {
        order = order(s);
        sorted.clear();
        WallLayout best = null;
        WallLayout smaller = null;
        WallLayout last = null;
        for (double body : SIZES) {
            WallLayout l = at(s, areas, width, height, body, texts);
            last = l;
            boolean everyCardANote = l.items().stream().filter(i -> i.kind() == WallLayout.Kind.CARD)
                    .allMatch(i -> !i.notes().isEmpty());
            if (everyCardANote && body >= WallLayout.PREFERRED_BODY) {
                // At 28 px or more: the size that shows the most notes (the larger one when equal).
                if (best == null || l.shownNotes() > best.shownNotes()) {
                    best = l;
                }
            } else if (everyCardANote && smaller == null) {
                smaller = l;
            }
        }
        return best != null ? best : smaller != null ? smaller : last;
    }

    private WallLayout at(BoardSnapshot s, List<List<WallNotesLayout.Group>> areas, double width, double height,
                          double body, WallTexts texts) {
        double label = WallLayout.labelFor(body);
        List<WallLayout.Item> items = new ArrayList<>();
        boolean headings = s.board().areaCount() > 1;
        double headingH = headings ? Math.ceil(WallLayout.HEADING * 1.35) + 6 : 0;
        long used = areas.stream().filter(g -> !g.isEmpty()).count();
        int allGroups = areas.stream().mapToInt(List::size).sum();
        double x = 0;
        int[] shown = new int[1];
        int more = 0;
        for (int a = 0; a < areas.size(); a++) {
            List<WallNotesLayout.Group> groups = new ArrayList<>(areas.get(a));
            if (groups.isEmpty()) {
                continue;
            }
            double bandW = used == 1 ? width : Math.max(MIN_CARD_W,
                    (width - GAP * 2 * (used - 1)) * groups.size() / Math.max(1, allGroups));
            if (headings) {
                items.add(new WallLayout.Item(WallLayout.Kind.HEADING, x, 0, bandW, headingH - 6,
                        s.board().areas().get(a), "", List.of(), 0));
            }
            more += grid(s, groups, x, headingH, bandW, height - headingH, body, label, texts, items, shown);
            x += bandW + GAP * 2;
        }
        return new WallLayout(WallLayout.Mode.CARDS, body, label, items, shown[0], more);
    }

    /** Lays out one area's cards; returns how many notes it counted in "+ k more" lines. */
    private int grid(BoardSnapshot s, List<WallNotesLayout.Group> groups, double x0, double y0, double w, double h,
                     double body, double label, WallTexts texts, List<WallLayout.Item> items, int[] shown) {
        int cols = Math.max(1, Math.min(groups.size(), (int) Math.floor((w + GAP) / (MIN_CARD_W + GAP))));
        double cardW = (w - (cols - 1) * GAP) / cols;
        double headH = measure.height("Ag", body, true, cardW) + measure.height("Ag", label, false, cardW) + body;
        double lineH = Math.ceil(body * 1.25);
        double moreLineH = Math.ceil(label * 1.35);
        // As many rows as keep a card tall enough for its head, its first note and a "+ k more" line.
        double firstNote = groups.stream().limit(cols * 4L).mapToDouble(g -> g.notes().isEmpty() ? 0
                : measure.noteHeight(best(g).get(0).text(), body,
                        cardW - 2 * body * 0.6 - WallNotesLayout.STRIP - body / 3)).max().orElse(lineH);
        int maxRows = Math.max(1, (int) Math.floor((h + GAP) / (headH + firstNote + moreLineH + body + GAP)));
        int rows = Math.min(maxRows, (int) Math.ceil(groups.size() / (double) cols));
        int capacity = rows * cols;
        int hiddenNotes = 0;
        List<WallNotesLayout.Group> shownGroups = groups;
        if (groups.size() > capacity) {
            // Too many clusters for the wall: the largest stay, the last cell counts the others.
            shownGroups = new ArrayList<>(groups);
            shownGroups.sort(Comparator.comparingInt((WallNotesLayout.Group g) -> -g.notes().size()));
            List<WallNotesLayout.Group> rest = shownGroups.subList(capacity - 1, shownGroups.size());
            hiddenNotes = rest.stream().mapToInt(g -> g.notes().size()).sum();
            int hiddenGroups = rest.size();
            shownGroups = new ArrayList<>(shownGroups.subList(0, capacity - 1));
            double mx = x0 + ((capacity - 1) % cols) * (cardW + GAP);
            double my = y0 + ((capacity - 1) / cols) * ((h - (rows - 1) * GAP) / rows + GAP);
            items.add(new WallLayout.Item(WallLayout.Kind.MORE, mx, my, cardW, (h - (rows - 1) * GAP) / rows,
                    texts.moreClusters(hiddenGroups, hiddenNotes), "", List.of(), hiddenNotes));
        }
        double cardH = (h - (rows - 1) * GAP) / rows;
        int counted = hiddenNotes;
        for (int i = 0; i < shownGroups.size(); i++) {
            WallNotesLayout.Group g = shownGroups.get(i);
            double cx = x0 + (i % cols) * (cardW + GAP);
            double cy = y0 + (i / cols) * (cardH + GAP);
            counted += card(g, cx, cy, cardW, cardH, body, label, texts, items, shown);
        }
        return counted;
    }

    /** One card: the notes that fit below its head, best first; returns how many it leaves to "+ k more". */
    private int card(WallNotesLayout.Group g, double x, double y, double w, double h, double body,
                     double label, WallTexts texts, List<WallLayout.Item> items, int[] shown) {
        double pad = body * 0.6;
        double innerW = w - 2 * pad - WallNotesLayout.STRIP;
        String title = g.title() == null ? texts.loose() : g.title();
        String count = texts.count(g.notes().size()) + " · " + texts.order();
        double used = pad + measure.height(title, body, true, innerW) + measure.height(count, label, false, innerW) + pad / 2;
        double moreH = Math.ceil(label * 1.35) + pad / 2;
        List<Note> best = best(g);
        List<Note> chosen = new ArrayList<>();
        double noteW = innerW - body / 3;
        double oneLine = Math.ceil(body * 1.2);
        for (Note n : best) {
            if (used + oneLine + moreH + pad > h) {
                break;
            }
            double nh = measure.longestWord(n.text(), body, false) > noteW ? Double.POSITIVE_INFINITY
                    : measure.noteHeight(n.text(), body, noteW) + body / 4;
            boolean last = chosen.size() + 1 == best.size();
            if (used + nh + (last ? 0 : moreH) + pad <= h) {
                chosen.add(n);
                used += nh;
            } else if (!last) {
                // A long note that does not fit leaves room for a shorter one after it.
                continue;
            }
        }
        int more = g.notes().size() - chosen.size();
        shown[0] += chosen.size();
        items.add(new WallLayout.Item(WallLayout.Kind.CARD, x, y, w, h, title, count, chosen, more));
        return more;
    }

    private List<Note> best(WallNotesLayout.Group g) {
        return sorted.computeIfAbsent(g, k -> {
            List<Note> notes = new ArrayList<>(k.notes());
            notes.sort(order);
            return notes;
        });
    }

    /** Most dots first once the vote is revealed, else the newest first. */
    static Comparator<Note> order(BoardSnapshot s) {
        java.util.Map<String, Integer> written = new java.util.HashMap<>();
        for (int i = 0; i < s.notes().size(); i++) {
            written.put(s.notes().get(i).id(), i);
        }
        // Notes are kept in the order they were written: the later, the newer (same instant or not).
        Comparator<Note> newest = Comparator.comparingInt((Note n) -> -written.getOrDefault(n.id(), 0));
        if (s.revealed()) {
            return Comparator.comparingInt((Note n) -> -s.dotsOn(n.id())).thenComparing(newest);
        }
        return newest;
    }
}
