package org.zielbild.ui.kit.board;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.SetChangeListener;
import javafx.event.EventTarget;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import org.zielbild.domain.board.Note;
import org.zielbild.ui.common.WallPalette;

/**
 * The board on screen: a canvas redrawn at most once per pulse (see
 * docs/decisions/0040-board-rendering-canvas.md), with the mouse ({@link BoardPointer}), the
 * keyboard ({@link BoardKeys}) and in-place fields ({@link InPlaceEditors}) on top.
 *
 * <ul>
 *   <li>{@link Mode#EDIT}: the facilitator's board; in dot mode a click gives the chosen participant a dot.</li>
 *   <li>{@link Mode#BALLOT}: the private ballot screen: only placing and taking back the voter's dots.</li>
 *   <li>{@link Mode#VIEW}: read-only (the projection); follows a given part of the board.</li>
 * </ul>
 *
 * <p>Until the user pans or zooms, the view keeps fitting the board as it grows (see
 * {@link CanvasFitting}); fit-all turns that on again.
 */
public final class BoardCanvas extends Region {

    public enum Mode { EDIT, BALLOT, VIEW }

    private final BoardFeed feed;
    /** Only in the modes that change the board; the room's view gets none (read-only by construction). */
    private final BoardViewModel vm;
    private final Mode mode;
    private final BoardRenderer renderer;
    private final Canvas canvas = new Canvas();
    private final RenderOverlay overlay = new RenderOverlay();
    private final ObjectProperty<Bounds> follow = new SimpleObjectProperty<>();
    private final ObjectProperty<String> ballotVoter = new SimpleObjectProperty<>();
    private final Runnable pulse = this::drawIfDirty;
    private final ChangeListener<BoardSnapshot> snapshotListener = (obs, o, n) -> snapshotChanged(o, n);
    private final InPlaceEditors editors;
    private final BoardPointer pointer;
    private final CanvasFitting fitting;
    private Viewport viewport = Viewport.identity();
    private boolean dirty = true;
    private Consumer<String> onClusterMenu = id -> { };

    /** The facilitator's board ({@link Mode#EDIT}) or the ballot screen ({@link Mode#BALLOT}). */
    public BoardCanvas(BoardViewModel vm, Mode mode) {
        this(vm.feed(), interactive(mode), vm);
    }

    /** The room's view ({@link Mode#VIEW}): it draws the feed and can change nothing. */
    public BoardCanvas(BoardFeed feed) {
        this(feed, Mode.VIEW, null);
    }

    private BoardCanvas(BoardFeed feed, Mode mode, BoardViewModel vm) {
        this.feed = feed;
        this.vm = vm;
        this.mode = mode;
        this.renderer = new BoardRenderer(mode == Mode.VIEW ? RenderStyle.PROJECTION : RenderStyle.LAPTOP);
        this.editors = new InPlaceEditors(this, vm);
        this.pointer = new BoardPointer(this, vm, overlay);
        this.fitting = new CanvasFitting(this, feed, () -> vm == null ? 0 : vm.capture().areaProperty().get(), mode);
        getStyleClass().add("board-canvas");
        getChildren().add(canvas);
        setMinSize(0, 0);
        setFocusTraversable(mode != Mode.VIEW);
        canvas.setManaged(false);
        feed.snapshotProperty().addListener(snapshotListener);
        if (mode == Mode.EDIT) {
            // Choosing another area to type into shows that area, while the view follows the board.
            vm.capture().areaProperty().addListener((obs, o, n) -> {
                if (fitting.keepsFitting()) {
                    fitting.refit();
                }
            });
            vm.selection().addListener((SetChangeListener<String>) c -> invalidate());
            vm.voting().voterProperty().addListener((obs, o, n) -> invalidate());
            vm.voting().dotModeProperty().addListener((obs, o, n) -> invalidate());
        }
        ballotVoter.addListener((obs, o, n) -> {
            overlay.cursor = n == null ? null : NoteNavigator.first(feed.snapshot().notes()).map(Note::id).orElse(null);
            invalidate();
        });
        follow.addListener((obs, o, n) -> fitting.followNow());
        sceneProperty().addListener((obs, old, now) -> onScene(old, now));
        if (mode != Mode.VIEW) {
            pointer.install();
            new BoardKeys(this, vm).install();
        } else {
            // The wall's theme reaches the canvas through CSS: its background is -zb-bg (board.css).
            backgroundProperty().addListener((obs, o, n) -> followTheme());
        }
    }

    private void followTheme() {
        Background b = getBackground();
        Paint fill = b == null || b.getFills().isEmpty() ? null : b.getFills().get(0).getFill();
        WallPalette palette = WallPalette.forBackground(fill);
        if (palette != renderer.palette()) {
            renderer.use(palette);
            invalidate();
        }
    }

    /** The palette the board is drawn in (the wall's follows the projector's theme). */
    public WallPalette palette() {
        return renderer.palette();
    }

    private static Mode interactive(Mode mode) {
        if (mode == Mode.VIEW) {
            throw new IllegalArgumentException("the room's view takes a BoardFeed, never a view-model");
        }
        return mode;
    }

    // --- public API ---

    /** In {@link Mode#VIEW}: the board area to show (the facilitator's view); null shows everything. */
    public ObjectProperty<Bounds> followProperty() {
        return follow;
    }

    /** In {@link Mode#BALLOT}: whose dots are shown and placed; a new voter starts with the cursor on the top left note. */
    public ObjectProperty<String> ballotVoterProperty() {
        return ballotVoter;
    }

    /** Called with a cluster id when the facilitator asks for that cluster's actions (context menu). */
    public void setOnClusterMenu(Consumer<String> action) {
        this.onClusterMenu = action;
    }

    /** Where the last right-click was, on the screen; context menus open there. */
    public Point2D lastClickOnScreen() {
        return pointer.lastClickOnScreen();
    }

    public Viewport viewport() {
        return viewport;
    }

    /** Shows this part of the board; the view stays there (no more fitting) until fit-all. */
    public void setViewport(Viewport v) {
        fitting.userMoved();
        showFitted(v);
    }

    /** Fits the board into view (see {@link BoardFit}) and keeps it fitted while it grows, until the user pans or zooms. */
    public void fitAll() {
        fitting.fitAll();
    }

    /**
     * The ballot screen's start: the whole board when its text can be read, else the notes around
     * the keyboard cursor at a size that can be read (a voter has to read what they vote for).
     */
    public void fitReadable() {
        fitting.fitReadable();
    }

    /** Whether the view still follows the board's content (nobody has panned or zoomed since fit-all). */
    public boolean isAutoFit() {
        return fitting.isAutoFit();
    }

    public void zoom(double factor) {
        setViewport(viewport.zoomAt(factor, getWidth() / 2, getHeight() / 2));
    }

    /** Stops following the board; for canvases that live shorter than their view-model (the ballot screen). */
    public void dispose() {
        feed.snapshotProperty().removeListener(snapshotListener);
        follow.unbind();
    }

    /** Draws now, whatever is pending; for tests and the benchmark. */
    public void redrawNow() {
        dirty = true;
        drawIfDirty();
    }

    /** How many notes the last frame drew. */
    public int lastDrawnNotes() {
        return renderer.lastDrawn();
    }

    /** The screen point (in this node) of a board point; for tests that click on notes. */
    public double[] toScreen(double boardX, double boardY) {
        return new double[] {viewport.sx(boardX), viewport.sy(boardY)};
    }

    public boolean isEditing() {
        return editors.isEditing();
    }

    /** Opens the in-place editor on the one selected note. */
    public void editSelected() {
        vm.singleSelected().ifPresent(editors::editNote);
    }

    /** Opens the in-place rename field on a cluster's name. */
    public void renameCluster(String clusterId) {
        feed.snapshot().cluster(clusterId).ifPresent(editors::renameCluster);
    }

    /** In {@link Mode#BALLOT}: the note under the keyboard cursor, or null. */
    public String cursor() {
        return overlay.cursor;
    }

    // --- for the input helpers ---

    Mode mode() {
        return mode;
    }

    InPlaceEditors editors() {
        return editors;
    }

    /** The board this canvas changes (for tests that reach a board through the scene); null in {@link Mode#VIEW}. */
    BoardViewModel viewModel() {
        return vm;
    }

    boolean isCanvas(EventTarget target) {
        return target == canvas;
    }

    boolean holds(Node field) {
        return getChildren().contains(field);
    }

    void addField(Node field) {
        getChildren().add(field);
    }

    void removeField(Node field) {
        getChildren().remove(field);
        requestFocus();
        invalidate();
    }

    void stopAutoFit() {
        fitting.stopAutoFit();
    }

    void openClusterMenu(String clusterId) {
        onClusterMenu.accept(clusterId);
    }

    void moveCursorTo(String noteId) {
        if (mode == Mode.BALLOT) {
            overlay.cursor = noteId;
            invalidate();
        }
    }

    /** Whether a click places dots: always on the ballot screen, on the board while a voter is chosen in dot mode. */
    boolean dotMode() {
        return mode == Mode.BALLOT || mode == Mode.EDIT && vm.voting().dotModeProperty().get() && vm.voting().voterProperty().get() != null;
    }

    /** Whose dots a click or key places, or null. */
    String voterId() {
        if (mode == Mode.BALLOT) {
            return ballotVoter.get();
        }
        return vm.voting().voterProperty().get() == null ? null : vm.voting().voterProperty().get().id();
    }

    Optional<Note> noteAt(double wx, double wy) {
        return BoardHits.noteAt(feed.snapshot(), mode == Mode.EDIT ? vm.selection() : Set.of(), wx, wy);
    }

    /** Pans so that a note is in view, when it is not. */
    void reveal(Note n) {
        Bounds view = viewport.visible(getWidth(), getHeight());
        if (!view.contains(BoardGeometry.noteBounds(n))) {
            double cx = n.x() + BoardGeometry.NOTE_W / 2;
            double cy = n.y() + BoardGeometry.NOTE_H / 2;
            setViewport(viewport.panBy(getWidth() / 2 - viewport.sx(cx), getHeight() / 2 - viewport.sy(cy)));
        }
    }

    void invalidate() {
        dirty = true;
        if (getScene() != null) {
            Platform.requestNextPulse();
        }
    }

    // --- drawing ---

    private void onScene(Scene old, Scene now) {
        if (old != null) {
            old.removePostLayoutPulseListener(pulse);
        }
        if (now != null) {
            now.addPostLayoutPulseListener(pulse);
            invalidate();
        }
    }

    private void snapshotChanged(BoardSnapshot old, BoardSnapshot now) {
        if (overlay.cursor != null && now.note(overlay.cursor).isEmpty()) {
            overlay.cursor = NoteNavigator.first(now.notes()).map(Note::id).orElse(null);
        }
        if (mode == Mode.VIEW) {
            fitting.followNow();
        } else if (fitting.keepsFitting()) {
            fitting.refit();
        } else if (mode == Mode.EDIT && old != null && now.notes().size() == old.notes().size() + 1) {
            // A note just typed where the facilitator is not looking: bring it into view.
            Note added = now.notes().get(now.notes().size() - 1);
            if (old.note(added.id()).isEmpty() && getWidth() > 0) {
                reveal(added);
            }
        }
        invalidate();
    }

    /** Shows a viewport chosen by the user or by fitting; the in-place fields move with it. */
    void showFitted(Viewport v) {
        viewport = v;
        viewportChanged();
    }

    /** Shows the projection's viewport (see {@link CanvasFitting#followNow()}). */
    void showFollowed(Viewport v) {
        viewport = v;
        invalidate();
    }

    private void viewportChanged() {
        if (mode == Mode.EDIT && getWidth() > 0) {
            vm.focusProperty().set(viewport.visible(getWidth(), getHeight()));
        }
        editors.position();
        invalidate();
    }

    private void drawIfDirty() {
        if (!dirty || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        dirty = false;
        overlay.selection = mode == Mode.EDIT ? Set.copyOf(vm.selection()) : Set.of();
        overlay.voterDots = voterDots();
        overlay.hiddenEditor = editors.editingNote();
        renderer.render(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight(), viewport, feed.snapshot(), overlay);
    }

    /** Only one participant's own dots are ever drawn: the voter at the laptop, never anyone else's. */
    private Map<String, Integer> voterDots() {
        String voter = dotMode() ? voterId() : null;
        return voter == null ? Map.of() : vm.voting().dotsOf(voter);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            fitting.resized();
            dirty = true;
        }
        editors.position();
    }

    /** Notes in reading order (top to bottom, left to right), for tests. */
    List<Note> notesInReadingOrder() {
        List<Note> notes = new ArrayList<>(feed.snapshot().notes());
        notes.sort(Comparator.comparingDouble(Note::y).thenComparingDouble(Note::x));
        return notes;
    }
}
