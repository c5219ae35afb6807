package org.zielbild.ui.kit.board;

import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.zielbild.ui.common.Glyphs;
import org.zielbild.domain.board.Note;
import org.zielbild.domain.roster.TeamColor;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.WallPalette;

/**
 * The board as the wall lays it out for itself (decision 0102), not a miniature of the laptop's
 * view: every note with its text at the largest size that fits ({@link WallNotesLayout}), or, when
 * not all fit at the smallest readable size, clusters as cards with their top notes and a "+ k more"
 * ({@link WallCardsLayout}). Built from labels, so text is laid out (bidi, fallback glyphs) as a text
 * field lays it out, and the theme reaches it through CSS; redone at most once per pulse. Reads only
 * a {@link BoardFeed}.
 */
public final class WallBoard extends Region {

    private final BoardFeed feed;
    private final I18n i18n;
    private final WallMeasure measure = new WallMeasure(Font.getDefault().getFamily());
    private NotePaints paints = new NotePaints(RenderStyle.PROJECTION.tint, WallPalette.LIGHT);
    private WallLayout last;
    /** The nodes on the wall by the item they draw, so an unchanged item keeps its node. */
    private java.util.Map<WallLayout.Item, Region> shown = new java.util.HashMap<>();
    private Object shownContext;
    private final java.util.Set<Node> laidOut = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private boolean dirty = true;
    private double laidW;
    private double laidH;

    public WallBoard(BoardFeed feed, I18n i18n) {
        this.feed = feed;
        this.i18n = i18n;
        getStyleClass().add("wall-board");
        setMinSize(0, 0);
        feed.snapshotProperty().addListener((obs, o, n) -> invalidate());
        // The wall's theme arrives as this region's CSS background (-zb-bg), as for the canvas (0100).
        backgroundProperty().addListener((obs, o, n) -> followTheme());
    }

    /** The palette the board is drawn in (follows the projector's theme through CSS, 0100). */
    public WallPalette palette() {
        return paints.palette;
    }

    /** What the last layout showed (for tests and the benchmark); null before the first. */
    public WallLayoutInfo info() {
        return last == null ? null : new WallLayoutInfo(last.mode() == WallLayout.Mode.NOTES, last.body(), last.label(),
                last.shownNotes(), last.moreNotes());
    }

    /** The layout in numbers: whether every note is shown, the sizes, how many notes are shown and counted. */
    public record WallLayoutInfo(boolean everyNote, double body, double label, int shownNotes, int moreNotes) {
    }

    /** Lays out now, whatever is pending; for the benchmark. */
    public void layoutNow() {
        dirty = true;
        layoutChildren();
    }

    private void invalidate() {
        dirty = true;
        requestLayout();
    }

    private void followTheme() {
        Background b = getBackground();
        Paint fill = b == null || b.getFills().isEmpty() ? null : b.getFills().get(0).getFill();
        WallPalette palette = WallPalette.forBackground(fill);
        if (palette != paints.palette) {
            paints = new NotePaints(RenderStyle.PROJECTION.tint, palette);
            // Notes carry their palette's colours: all made anew.
            shown = new java.util.HashMap<>();
            invalidate();
        }
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (w <= 0 || h <= 0 || !dirty && w == laidW && h == laidH) {
            return;
        }
        dirty = false;
        laidW = w;
        laidH = h;
        BoardSnapshot s = feed.snapshot();
        WallTexts texts = new WallTexts(i18n, s);
        List<List<WallNotesLayout.Group>> areas = WallGroups.byArea(s);
        last = new WallNotesLayout(measure).layout(s, areas, w, h, texts)
                .orElseGet(() -> new WallCardsLayout(measure).layout(s, areas, w, h, texts));
        // What an item's node shows beside the item itself: sizes, team names, revealed dots.
        Object context = List.of(last.body(), last.label(), s.teams(), s.revealed() ? s.revealedTotals() : Map.of());
        if (!context.equals(shownContext)) {
            shown = new java.util.HashMap<>();
            shownContext = context;
        }
        // A node whose item is unchanged is kept (a note typed into one cluster remakes only that card).
        java.util.Map<WallLayout.Item, Region> kept = new java.util.HashMap<>();
        List<Node> children = new java.util.ArrayList<>(last.items().size());
        for (WallLayout.Item i : last.items()) {
            Region n = shown.get(i);
            boolean fresh = n == null;
            if (fresh) {
                n = node(i, texts);
            }
            kept.put(i, n);
            children.add(n);
            if (fresh) {
                fresh(n);
            }
        }
        shown = kept;
        replaceChildren(children);
        for (Node child : children) {
            if (!laidOut.contains(child)) {
                // New nodes made in this layout pass are laid out now, not a pulse later (no frame with empty labels).
                child.applyCss();
                ((Region) child).layout();
            }
        }
        laidOut.clear();
        laidOut.addAll(children);
    }

    /**
     * Only what changed leaves or joins the scene: a node taken out and put back has its CSS done
     * again, which for a dozen cards is a good part of a frame.
     */
    private void replaceChildren(List<Node> children) {
        java.util.Set<Node> wanted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        wanted.addAll(children);
        javafx.collections.ObservableList<Node> current = getChildren();
        current.removeIf(c -> !wanted.contains(c));
        java.util.Set<Node> present = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        present.addAll(current);
        for (int k = 0; k < children.size(); k++) {
            Node want = children.get(k);
            if (k < current.size() && current.get(k) == want) {
                continue;
            }
            if (present.contains(want)) {
                // A kept node moved in the drawing order: set them all.
                current.setAll(children);
                return;
            }
            current.add(k, want);
        }
    }

    private void fresh(Region n) {
        laidOut.remove(n);
    }

    private Region node(WallLayout.Item i, WallTexts texts) {
        Region n = switch (i.kind()) {
            case HEADING -> label(i.title(), WallLayout.HEADING, true, "-zb-muted", "wall-heading");
            case GROUP -> group(i);
            case NOTE -> note(i.notes().get(0), texts, i.w());
            case CARD -> card(i, texts);
            case MORE -> more(i);
        };
        n.resizeRelocate(i.x(), i.y(), i.w(), i.h());
        n.setManaged(false);
        return n;
    }

    private Label label(String text, double size, boolean bold, String fill, String styleClass) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setStyle(font(size, bold) + " -fx-text-fill: " + fill + ";");
        l.getStyleClass().add(styleClass);
        return l;
    }

    /**
     * A note's text as typed (decision 0104): laid out with bidi like a text field, emoji from the
     * bundled font, a visible replacement for what no font can draw; wrapped, never cut.
     */
    private Region flow(String text, double size, String fill, String styleClass) {
        TextFlow flow = new TextFlow();
        for (Glyphs.Run run : Glyphs.runs(Glyphs.visible(text))) {
            Text t = new Text(run.text());
            t.setStyle((run.emoji() ? "-fx-font-family: \"" + Glyphs.emojiFont(size).getFamily() + "\"; -fx-font-size: "
                    + size + "px;" : font(size, false)) + " -fx-fill: " + fill + ";");
            flow.getChildren().add(t);
        }
        flow.getStyleClass().add(styleClass);
        flow.setMinHeight(Region.USE_PREF_SIZE);
        return flow;
    }

    private String font(double size, boolean bold) {
        return "-fx-font-family: \"" + measure.family() + "\"; -fx-font-size: " + size + "px; -fx-font-weight: "
                + (bold ? "bold" : "normal") + ";";
    }

    private static String hex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    /** A cluster's name above its notes. */
    private Region group(WallLayout.Item i) {
        return label(i.title(), last.label(), true, "-zb-fg", "wall-group-title");
    }

    private Region note(Note n, WallTexts texts, double width) {
        TeamColor color = NotePaints.colorOf(n, feed.snapshot());
        double body = last.body();
        Region strip = new Region();
        strip.setMinWidth(WallNotesLayout.STRIP);
        strip.setStyle("-fx-background-color: " + (color == null ? "transparent" : hex(paints.strong(color))) + ";");
        Region text = flow(n.text(), body, hex(paints.text), "wall-note-text");
        text.setMaxWidth(width - WallNotesLayout.STRIP - body);
        VBox lines = new VBox(2, text);
        String secondary = texts.secondary(n);
        if (!secondary.isEmpty()) {
            lines.getChildren().add(label(secondary, last.label(), true, hex(paints.muted), "wall-note-team"));
        }
        double pad = WallNotesLayout.PAD * body;
        lines.setPadding(new Insets(pad, body / 2, pad, body / 2));
        HBox card = new HBox(strip, lines);
        HBox.setHgrow(lines, Priority.ALWAYS);
        card.getStyleClass().add("wall-note");
        card.setStyle("-fx-background-color: " + hex(paints.fill(color)) + "; -fx-background-radius: 10;"
                + (color == null ? " -fx-border-color: " + hex(paints.areaLine) + "; -fx-border-radius: 10;" : ""));
        card.setUserData(n.id());
        return card;
    }

    private Region card(WallLayout.Item i, WallTexts texts) {
        double body = last.body();
        VBox box = new VBox(2);
        box.getChildren().add(label(i.title(), body, true, "-zb-fg", "wall-card-title"));
        box.getChildren().add(label(i.count(), last.label(), false, "-zb-muted", "wall-card-count"));
        VBox notes = new VBox(body / 4);
        notes.setPadding(new Insets(body / 3, 0, 0, 0));
        for (Note n : i.notes()) {
            TeamColor color = NotePaints.colorOf(n, feed.snapshot());
            Region mark = new Region();
            mark.setMinSize(WallNotesLayout.STRIP, body);
            mark.setMaxSize(WallNotesLayout.STRIP, body);
            mark.setStyle("-fx-background-color: " + (color == null ? "-zb-border" : hex(paints.strong(color))) + ";");
            Region text = flow(n.text(), body, "-zb-fg", "wall-card-note");
            HBox line = new HBox(body / 3, mark, text);
            line.setAlignment(Pos.TOP_LEFT);
            line.setUserData(n.id());
            notes.getChildren().add(line);
        }
        box.getChildren().add(notes);
        if (i.more() > 0) {
            box.getChildren().add(label(texts.more(i.more()), last.label(), true, "-zb-accent", "wall-more"));
        }
        box.setPadding(new Insets(body * 0.6));
        box.getStyleClass().add("wall-card");
        return box;
    }

    private Region more(WallLayout.Item i) {
        Label l = label(i.title(), last.body(), true, "-zb-accent", "wall-more");
        VBox box = new VBox(l);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(last.body() * 0.6));
        box.getStyleClass().add("wall-card");
        return box;
    }

    /** How many notes the board has (for tests: the wall shows or counts every one). */
    public int noteCount() {
        return feed.snapshot().notes().size();
    }

    /** The notes the wall shows now, for tests: note ids in drawing order. */
    List<String> shownNoteIds() {
        return last == null ? List.of() : last.items().stream().flatMap(i -> i.notes().stream()).map(Note::id).toList();
    }
}
