package org.zielbild.ui.board;

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
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import org.zielbild.domain.Cluster;
import org.zielbild.domain.Note;

/**
 * The board on screen: a canvas redrawn at most once per pulse (see
 * docs/decisions/0040-board-rendering-canvas.md), with mouse and keyboard handling on top.
 *
 * <ul>
 *   <li>{@link Mode#EDIT}: the facilitator's board. Drag notes (into and out of cluster frames),
 *       drag a frame by its name, rubber-band and Shift/Ctrl-click selection, double-click or Enter
 *       to edit, Del to delete, wheel to pan, Ctrl+wheel to zoom, right- or middle-drag to pan. In
 *       dot mode a click gives the chosen participant a dot, a right-click takes one back.</li>
 *   <li>{@link Mode#BALLOT}: the private ballot screen: only placing and taking back the voter's dots.</li>
 *   <li>{@link Mode#VIEW}: read-only (the projection); follows a given part of the board.</li>
 * </ul>
 */
public final class BoardCanvas extends Region {

    public enum Mode { EDIT, BALLOT, VIEW }

    private enum Gesture { NONE, PAN, DRAG_NOTES, DRAG_CLUSTER, RUBBER }

    private static final double DRAG_THRESHOLD = 4;

    private final BoardViewModel vm;
    private final Mode mode;
    private final BoardRenderer renderer;
    private final Canvas canvas = new Canvas();
    private final BoardRenderer.Overlay overlay = new BoardRenderer.Overlay();
    private final ObjectProperty<Bounds> follow = new SimpleObjectProperty<>();
    private final ObjectProperty<String> ballotVoter = new SimpleObjectProperty<>();
    private final Runnable pulse = this::drawIfDirty;
    private final javafx.beans.value.ChangeListener<BoardSnapshot> snapshotListener = (obs, o, n) -> invalidate();
    private Viewport viewport = Viewport.identity();
    private boolean fitted;
    private boolean dirty = true;
    private Gesture gesture = Gesture.NONE;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean moved;
    private String pressedNote;
    private String pressedCluster;
    private boolean spaceDown;
    private TextArea editor;
    private String editing;
    private TextField renamer;
    private String renaming;
    private Consumer<String> onClusterMenu = id -> { };
    private javafx.geometry.Point2D lastClickOnScreen = javafx.geometry.Point2D.ZERO;

    public BoardCanvas(BoardViewModel vm, Mode mode) {
        this.vm = vm;
        this.mode = mode;
        this.renderer = new BoardRenderer(mode == Mode.VIEW ? BoardRenderer.Style.PROJECTION : BoardRenderer.Style.LAPTOP);
        getStyleClass().add("board-canvas");
        getChildren().add(canvas);
        setMinSize(0, 0);
        setFocusTraversable(mode != Mode.VIEW);
        canvas.setManaged(false);
        vm.snapshotProperty().addListener(snapshotListener);
        if (mode == Mode.EDIT) {
            vm.selection().addListener((javafx.collections.SetChangeListener<String>) c -> invalidate());
            vm.voterProperty().addListener((obs, o, n) -> invalidate());
            vm.dotModeProperty().addListener((obs, o, n) -> invalidate());
        }
        ballotVoter.addListener((obs, o, n) -> invalidate());
        follow.addListener((obs, o, n) -> followNow());
        sceneProperty().addListener((obs, old, now) -> onScene(old, now));
        if (mode != Mode.VIEW) {
            installInput();
        }
    }

    // --- public API ---

    /** In {@link Mode#VIEW}: the board area to show (the facilitator's view); null shows everything. */
    public ObjectProperty<Bounds> followProperty() {
        return follow;
    }

    /** In {@link Mode#BALLOT}: whose dots are shown and placed. */
    public ObjectProperty<String> ballotVoterProperty() {
        return ballotVoter;
    }

    /** Called with a cluster id when the facilitator asks for that cluster's actions (context menu). */
    public void setOnClusterMenu(Consumer<String> action) {
        this.onClusterMenu = action;
    }

    /** Where the last right-click was, on the screen; context menus open there. */
    public javafx.geometry.Point2D lastClickOnScreen() {
        return lastClickOnScreen;
    }

    public Viewport viewport() {
        return viewport;
    }

    public void setViewport(Viewport v) {
        viewport = v;
        fitted = true;
        viewportChanged();
    }

    public void fitAll() {
        if (getWidth() <= 0 || getHeight() <= 0 || vm.snapshot() == null) {
            return;
        }
        viewport = Viewport.fit(BoardGeometry.contentBounds(vm.snapshot()), getWidth(), getHeight(), 24, 1.5);
        fitted = true;
        viewportChanged();
    }

    public void zoom(double factor) {
        setViewport(viewport.zoomAt(factor, getWidth() / 2, getHeight() / 2));
    }

    /** Stops following the board; for canvases that live shorter than their view-model (the ballot screen). */
    public void dispose() {
        vm.snapshotProperty().removeListener(snapshotListener);
        follow.unbind();
    }

    /** Draws now, whatever is pending; for tests and the benchmark. */
    public void redrawNow() {
        dirty = true;
        drawIfDirty();
    }

    /** How many notes the last frame drew. */
    public int lastDrawnNotes() {
        return renderer.lastDrawn;
    }

    /** The screen point (in this node) of a board point; for tests that click on notes. */
    public double[] toScreen(double boardX, double boardY) {
        return new double[] {viewport.sx(boardX), viewport.sy(boardY)};
    }

    public boolean isEditing() {
        return editor != null;
    }

    /** Opens the in-place editor on the one selected note. */
    public void editSelected() {
        vm.singleSelected().ifPresent(this::startEdit);
    }

    /** Opens the in-place rename field on a cluster's name. */
    public void renameCluster(String clusterId) {
        vm.snapshot().cluster(clusterId).ifPresent(this::startRename);
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

    private void invalidate() {
        dirty = true;
        if (getScene() != null) {
            Platform.requestNextPulse();
        }
    }

    private void viewportChanged() {
        if (mode == Mode.EDIT && getWidth() > 0) {
            vm.focusProperty().set(viewport.visible(getWidth(), getHeight()));
        }
        positionOverlays();
        invalidate();
    }

    private void drawIfDirty() {
        if (!dirty || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        dirty = false;
        overlay.selection = mode == Mode.EDIT ? Set.copyOf(vm.selection()) : Set.of();
        overlay.voterDots = voterDots();
        overlay.hiddenEditor = editing;
        renderer.render(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight(), viewport, vm.snapshot(), overlay);
    }

    /** Only one participant's own dots are ever drawn: the voter at the laptop, never anyone else's. */
    private Map<String, Integer> voterDots() {
        if (mode == Mode.BALLOT && ballotVoter.get() != null) {
            return vm.dotsOf(ballotVoter.get());
        }
        if (mode == Mode.EDIT && vm.dotModeProperty().get() && vm.voterProperty().get() != null) {
            return vm.dotsOf(vm.voterProperty().get().id());
        }
        return Map.of();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            if (follow.get() != null || mode == Mode.VIEW) {
                followNow();
            } else if (!fitted) {
                fitAll();
            } else {
                viewportChanged();
            }
            dirty = true;
        }
        positionOverlays();
    }

    private void followNow() {
        if (getWidth() <= 0 || vm.snapshot() == null) {
            return;
        }
        Bounds target = follow.get() != null ? follow.get() : BoardGeometry.contentBounds(vm.snapshot());
        viewport = Viewport.fit(target, getWidth(), getHeight(), 16, 3);
        fitted = true;
        invalidate();
    }

    // --- input ---

    private void installInput() {
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(ZoomEvent.ZOOM, e -> {
            setViewport(viewport.zoomAt(e.getZoomFactor(), e.getX(), e.getY()));
            e.consume();
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                spaceDown = false;
            }
        });
    }

    private boolean dotMode() {
        return mode == Mode.BALLOT || vm.dotModeProperty().get() && vm.voterProperty().get() != null;
    }

    private void pressed(MouseEvent e) {
        if (e.getTarget() != this && e.getTarget() != canvas) {
            return; // the editor or rename field handles its own clicks
        }
        requestFocus();
        commitOverlays();
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        moved = false;
        pressedNote = null;
        pressedCluster = null;
        double wx = viewport.wx(e.getX());
        double wy = viewport.wy(e.getY());
        if (e.getButton() != MouseButton.PRIMARY || spaceDown) {
            gesture = Gesture.PAN;
            return;
        }
        Optional<Note> hit = noteAt(wx, wy);
        if (dotMode()) {
            gesture = hit.isPresent() ? Gesture.NONE : Gesture.PAN;
            return;
        }
        if (hit.isPresent()) {
            String id = hit.get().id();
            pressedNote = id;
            if (e.isShiftDown() || e.isShortcutDown()) {
                vm.toggle(id);
                gesture = Gesture.NONE;
            } else {
                if (!vm.selection().contains(id)) {
                    vm.select(List.of(id), false);
                }
                gesture = Gesture.DRAG_NOTES;
            }
            return;
        }
        Optional<String> title = clusterTitleAt(wx, wy);
        if (title.isPresent()) {
            pressedCluster = title.get();
            gesture = Gesture.DRAG_CLUSTER;
            return;
        }
        if (!e.isShiftDown() && !e.isShortcutDown()) {
            vm.clearSelection();
        }
        gesture = Gesture.RUBBER;
    }

    private void dragged(MouseEvent e) {
        if (Math.hypot(e.getX() - pressX, e.getY() - pressY) > DRAG_THRESHOLD) {
            moved = true;
        }
        double k = viewport.scale();
        switch (gesture) {
            case PAN -> {
                viewport = viewport.panBy(e.getX() - lastX, e.getY() - lastY);
                viewportChanged();
            }
            case DRAG_NOTES -> {
                if (moved) {
                    overlay.dragged = Set.copyOf(vm.selection());
                    overlay.dragDx = (e.getX() - pressX) / k;
                    overlay.dragDy = (e.getY() - pressY) / k;
                    overlay.dropTarget = vm.clusterAt(viewport.wx(e.getX()), viewport.wy(e.getY())).orElse(null);
                    invalidate();
                }
            }
            case DRAG_CLUSTER -> {
                if (moved) {
                    overlay.draggedCluster = pressedCluster;
                    overlay.clusterDx = (e.getX() - pressX) / k;
                    overlay.clusterDy = (e.getY() - pressY) / k;
                    invalidate();
                }
            }
            case RUBBER -> {
                overlay.rubberBand = new BoundingBox(Math.min(pressX, e.getX()), Math.min(pressY, e.getY()),
                        Math.abs(e.getX() - pressX), Math.abs(e.getY() - pressY));
                invalidate();
            }
            default -> {
            }
        }
        lastX = e.getX();
        lastY = e.getY();
        e.consume();
    }

    private void released(MouseEvent e) {
        Gesture g = gesture;
        gesture = Gesture.NONE;
        double k = viewport.scale();
        switch (g) {
            case DRAG_NOTES -> {
                Set<String> dragged = overlay.dragged;
                clearDrag();
                if (moved) {
                    vm.dropNotes(dragged, (e.getX() - pressX) / k, (e.getY() - pressY) / k,
                            viewport.wx(e.getX()), viewport.wy(e.getY()));
                } else if (pressedNote != null && vm.selection().size() > 1) {
                    vm.select(List.of(pressedNote), false);
                }
            }
            case DRAG_CLUSTER -> {
                clearDrag();
                if (moved) {
                    vm.moveCluster(pressedCluster, (e.getX() - pressX) / k, (e.getY() - pressY) / k);
                }
            }
            case RUBBER -> {
                Bounds band = overlay.rubberBand;
                overlay.rubberBand = null;
                if (band != null && moved) {
                    Bounds world = new BoundingBox(viewport.wx(band.getMinX()), viewport.wy(band.getMinY()),
                            band.getWidth() / k, band.getHeight() / k);
                    List<String> hits = vm.snapshot().notes().stream()
                            .filter(n -> world.intersects(BoardGeometry.noteBounds(n))).map(Note::id).toList();
                    vm.select(hits, e.isShiftDown() || e.isShortcutDown());
                }
                invalidate();
            }
            default -> {
            }
        }
    }

    private void clearDrag() {
        overlay.dragged = Set.of();
        overlay.draggedCluster = null;
        overlay.dropTarget = null;
        invalidate();
    }

    private void clicked(MouseEvent e) {
        if (!e.isStillSincePress() || e.getTarget() != this && e.getTarget() != canvas) {
            return;
        }
        double wx = viewport.wx(e.getX());
        double wy = viewport.wy(e.getY());
        Optional<Note> hit = noteAt(wx, wy);
        if (dotMode()) {
            String voter = mode == Mode.BALLOT ? ballotVoter.get() : vm.voterProperty().get().id();
            if (hit.isPresent() && voter != null) {
                if (e.getButton() == MouseButton.PRIMARY && !e.isAltDown()) {
                    vm.placeDot(voter, hit.get().id());
                } else {
                    vm.removeDot(voter, hit.get().id());
                }
                invalidate();
            }
            return;
        }
        if (e.getButton() == MouseButton.SECONDARY) {
            lastClickOnScreen = new javafx.geometry.Point2D(e.getScreenX(), e.getScreenY());
            clusterTitleAt(wx, wy).ifPresent(onClusterMenu);
            return;
        }
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
            if (hit.isPresent()) {
                startEdit(hit.get());
            } else {
                clusterTitleAt(wx, wy).flatMap(id -> vm.snapshot().cluster(id)).ifPresent(this::startRename);
            }
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.isShortcutDown()) {
            setViewport(viewport.zoomAt(Math.pow(1.0025, e.getDeltaY()), e.getX(), e.getY()));
        } else {
            double dx = e.getDeltaX();
            double dy = e.getDeltaY();
            if (e.isShiftDown() && dx == 0) {
                dx = dy;
                dy = 0;
            }
            setViewport(viewport.panBy(dx, dy));
        }
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        if (editor != null || renamer != null) {
            return;
        }
        KeyCode code = e.getCode();
        boolean handled = true;
        if (code == KeyCode.SPACE) {
            spaceDown = true;
        } else if (code == KeyCode.PLUS || code == KeyCode.EQUALS || code == KeyCode.ADD) {
            zoom(1.25);
        } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
            zoom(0.8);
        } else if (code == KeyCode.F || code == KeyCode.DIGIT0 && e.isShortcutDown()) {
            fitAll();
        } else if (mode != Mode.EDIT) {
            handled = false;
        } else if (code == KeyCode.ENTER || code == KeyCode.F2) {
            editSelected();
        } else if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
            vm.deleteSelected();
        } else if (code == KeyCode.ESCAPE) {
            vm.clearSelection();
        } else if (code == KeyCode.A && e.isShortcutDown()) {
            vm.selectAll();
        } else if (code.isArrowKey()) {
            moveFocus(code);
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    /** Arrow keys select the nearest note in that direction, and bring it into view. */
    private void moveFocus(KeyCode direction) {
        List<Note> notes = vm.snapshot().notes();
        if (notes.isEmpty()) {
            return;
        }
        Note from = vm.singleSelected().orElse(null);
        if (from == null) {
            Note first = notes.stream().min(Comparator.comparingDouble((Note n) -> n.y()).thenComparingDouble(Note::x)).get();
            vm.select(List.of(first.id()), false);
            reveal(first);
            return;
        }
        Note best = null;
        double bestScore = Double.MAX_VALUE;
        for (Note n : notes) {
            double dx = n.x() - from.x();
            double dy = n.y() - from.y();
            double along = switch (direction) {
                case LEFT -> -dx;
                case RIGHT -> dx;
                case UP -> -dy;
                default -> dy;
            };
            double across = direction == KeyCode.LEFT || direction == KeyCode.RIGHT ? Math.abs(dy) : Math.abs(dx);
            if (n != from && along > 1) {
                double score = along + 2 * across;
                if (score < bestScore) {
                    bestScore = score;
                    best = n;
                }
            }
        }
        if (best != null) {
            vm.select(List.of(best.id()), false);
            reveal(best);
        }
    }

    private void reveal(Note n) {
        Bounds view = viewport.visible(getWidth(), getHeight());
        if (!view.contains(BoardGeometry.noteBounds(n))) {
            double cx = n.x() + BoardGeometry.NOTE_W / 2;
            double cy = n.y() + BoardGeometry.NOTE_H / 2;
            setViewport(viewport.panBy(getWidth() / 2 - viewport.sx(cx), getHeight() / 2 - viewport.sy(cy)));
        }
    }

    // --- hit testing ---

    private Optional<Note> noteAt(double wx, double wy) {
        List<Note> notes = vm.snapshot().notes();
        Set<String> selected = mode == Mode.EDIT ? vm.selection() : Set.of();
        // Selected notes are drawn on top, so they are hit first.
        for (int i = notes.size() - 1; i >= 0; i--) {
            Note n = notes.get(i);
            if (selected.contains(n.id()) && BoardGeometry.contains(n, wx, wy)) {
                return Optional.of(n);
            }
        }
        for (int i = notes.size() - 1; i >= 0; i--) {
            if (BoardGeometry.contains(notes.get(i), wx, wy)) {
                return Optional.of(notes.get(i));
            }
        }
        return Optional.empty();
    }

    private Optional<String> clusterTitleAt(double wx, double wy) {
        List<Cluster> clusters = vm.snapshot().clusters();
        for (int i = clusters.size() - 1; i >= 0; i--) {
            Bounds frame = vm.snapshot().frames().get(clusters.get(i).id());
            if (BoardGeometry.titleBar(frame).contains(wx, wy)) {
                return Optional.of(clusters.get(i).id());
            }
        }
        return Optional.empty();
    }

    // --- editing in place ---

    private void startEdit(Note n) {
        commitOverlays();
        editing = n.id();
        editor = new TextArea(n.text());
        editor.setId("noteEditor");
        editor.setWrapText(true);
        editor.getStyleClass().add("note-editor");
        editor.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShiftDown()) {
                editor.replaceSelection("\n");
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                commitEdit();
                e.consume();
            }
        });
        showField(editor, this::commitEdit, this::closeEditor);
    }

    /** Puts an in-place field over the board: Esc cancels, leaving it commits. */
    private void showField(javafx.scene.control.TextInputControl field, Runnable commit, Runnable cancel) {
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancel.run();
                e.consume();
            }
        });
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now && field.getScene() != null && getChildren().contains(field)) {
                commit.run();
            }
        });
        getChildren().add(field);
        positionOverlays();
        invalidate();
        field.requestFocus();
        field.selectAll();
    }

    private void commitEdit() {
        if (editor == null) {
            return;
        }
        String id = editing;
        String text = editor.getText();
        Optional<Note> note = vm.snapshot().note(id);
        if (note.isEmpty() || vm.editText(id, text)) {
            closeEditor();
        }
        // Refused (e.g. too long): the editor stays open with the text, the status line says why.
    }

    private void closeEditor() {
        if (editor != null) {
            TextArea e = editor;
            editor = null;
            editing = null;
            getChildren().remove(e);
            requestFocus();
            invalidate();
        }
    }

    private void startRename(Cluster c) {
        commitOverlays();
        renaming = c.id();
        renamer = new TextField(c.name());
        renamer.setId("clusterRename");
        renamer.setOnAction(e -> commitRename());
        showField(renamer, this::commitRename, this::closeRenamer);
    }

    private void commitRename() {
        if (renamer == null) {
            return;
        }
        if (vm.snapshot().cluster(renaming).isEmpty() || vm.renameCluster(renaming, renamer.getText())) {
            closeRenamer();
        }
    }

    private void closeRenamer() {
        if (renamer != null) {
            TextField r = renamer;
            renamer = null;
            renaming = null;
            getChildren().remove(r);
            requestFocus();
        }
    }

    private void commitOverlays() {
        commitEdit();
        commitRename();
    }

    private void positionOverlays() {
        if (editor != null) {
            Optional<Note> n = vm.snapshot().note(editing);
            if (n.isEmpty()) {
                closeEditor();
                return;
            }
            double x = viewport.sx(n.get().x());
            double y = viewport.sy(n.get().y());
            double w = Math.max(280, BoardGeometry.NOTE_W * viewport.scale());
            double h = Math.max(170, BoardGeometry.NOTE_H * viewport.scale());
            editor.resizeRelocate(Math.max(0, Math.min(x, getWidth() - w)), Math.max(0, Math.min(y, getHeight() - h)), w, h);
        }
        if (renamer != null) {
            Bounds frame = vm.snapshot().frames().get(renaming);
            if (frame == null) {
                closeRenamer();
                return;
            }
            double x = viewport.sx(frame.getMinX());
            double y = viewport.sy(frame.getMinY());
            renamer.resizeRelocate(Math.max(0, x), Math.max(0, y), Math.max(220, frame.getWidth() * viewport.scale()),
                    renamer.prefHeight(-1));
        }
    }

    /** Notes in reading order (top to bottom, left to right), for tests. */
    List<Note> notesInReadingOrder() {
        List<Note> notes = new ArrayList<>(vm.snapshot().notes());
        notes.sort(Comparator.comparingDouble(Note::y).thenComparingDouble(Note::x));
        return notes;
    }
}
