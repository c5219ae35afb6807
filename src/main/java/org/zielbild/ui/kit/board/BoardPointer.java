package org.zielbild.ui.kit.board;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import org.zielbild.domain.board.Note;

/**
 * The mouse on the board: drag notes (into and out of cluster frames), drag a cluster by its
 * name (onto another cluster: merge), rubber band and Shift/Ctrl-click selection, double-click to
 * edit or rename, right-click for a cluster's menu, wheel to pan, Ctrl+wheel or pinch to zoom,
 * right- or middle-drag to pan. In dot mode a click gives a dot, a right-click takes one back.
 */
final class BoardPointer {

    private enum Gesture { NONE, PAN, DRAG_NOTES, DRAG_CLUSTER, RUBBER }

    private static final double DRAG_THRESHOLD = 4;

    private final BoardCanvas board;
    private final BoardViewModel vm;
    private final RenderOverlay overlay;
    private Gesture gesture = Gesture.NONE;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean moved;
    private String pressedNote;
    private String pressedCluster;
    private Point2D lastClickOnScreen = Point2D.ZERO;

    BoardPointer(BoardCanvas board, BoardViewModel vm, RenderOverlay overlay) {
        this.board = board;
        this.vm = vm;
        this.overlay = overlay;
    }

    void install() {
        board.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        board.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        board.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        board.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        board.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        board.addEventHandler(ZoomEvent.ZOOM, e -> {
            board.setViewport(board.viewport().zoomAt(e.getZoomFactor(), e.getX(), e.getY()));
            e.consume();
        });
    }

    Point2D lastClickOnScreen() {
        return lastClickOnScreen;
    }

    private boolean ownTarget(MouseEvent e) {
        return e.getTarget() == board || board.isCanvas(e.getTarget());
    }

    private void pressed(MouseEvent e) {
        if (!ownTarget(e)) {
            return; // the editor or rename field handles its own clicks
        }
        // Consumed, so no ancestor takes the focus back (a TabPane asks for it on every press).
        e.consume();
        board.requestFocus();
        board.editors().commitAll();
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        moved = false;
        pressedNote = null;
        pressedCluster = null;
        Viewport vp = board.viewport();
        double wx = vp.wx(e.getX());
        double wy = vp.wy(e.getY());
        if (e.getButton() != MouseButton.PRIMARY) {
            gesture = Gesture.PAN;
            return;
        }
        Optional<Note> hit = board.noteAt(wx, wy);
        if (board.dotMode()) {
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
        Optional<String> title = BoardHits.clusterTitleAt(vm.snapshot(), wx, wy);
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
        Viewport vp = board.viewport();
        double k = vp.scale();
        switch (gesture) {
            case PAN -> board.setViewport(vp.panBy(e.getX() - lastX, e.getY() - lastY));
            case DRAG_NOTES -> {
                if (moved) {
                    overlay.dragged = Set.copyOf(vm.selection());
                    overlay.dragDx = (e.getX() - pressX) / k;
                    overlay.dragDy = (e.getY() - pressY) / k;
                    overlay.dropTarget = BoardHits.clusterAt(vm.snapshot(), vp.wx(e.getX()), vp.wy(e.getY()), null)
                            .orElse(null);
                    board.invalidate();
                }
            }
            case DRAG_CLUSTER -> {
                if (moved) {
                    overlay.draggedCluster = pressedCluster;
                    overlay.clusterDx = (e.getX() - pressX) / k;
                    overlay.clusterDy = (e.getY() - pressY) / k;
                    overlay.dropTarget = mergeTarget(e).orElse(null);
                    board.invalidate();
                }
            }
            case RUBBER -> {
                overlay.rubberBand = new BoundingBox(Math.min(pressX, e.getX()), Math.min(pressY, e.getY()),
                        Math.abs(e.getX() - pressX), Math.abs(e.getY() - pressY));
                board.invalidate();
            }
            default -> {
            }
        }
        lastX = e.getX();
        lastY = e.getY();
        e.consume();
    }

    /** The cluster a dragged cluster would merge into: the one whose frame is under the pointer. */
    private Optional<String> mergeTarget(MouseEvent e) {
        Viewport vp = board.viewport();
        return BoardHits.clusterAt(vm.snapshot(), vp.wx(e.getX()), vp.wy(e.getY()), pressedCluster);
    }

    private void released(MouseEvent e) {
        Gesture g = gesture;
        gesture = Gesture.NONE;
        Viewport vp = board.viewport();
        double k = vp.scale();
        switch (g) {
            case DRAG_NOTES -> {
                Set<String> dragged = overlay.dragged;
                clearDrag();
                if (moved) {
                    board.stopAutoFit();
                    vm.dropNotes(dragged, (e.getX() - pressX) / k, (e.getY() - pressY) / k,
                            vp.wx(e.getX()), vp.wy(e.getY()));
                } else if (pressedNote != null && vm.selection().size() > 1) {
                    vm.select(List.of(pressedNote), false);
                }
            }
            case DRAG_CLUSTER -> {
                Optional<String> target = moved ? mergeTarget(e) : Optional.empty();
                clearDrag();
                if (target.isPresent()) {
                    vm.mergeClusters(target.get(), pressedCluster);
                } else if (moved) {
                    board.stopAutoFit();
                    vm.moveCluster(pressedCluster, (e.getX() - pressX) / k, (e.getY() - pressY) / k);
                }
            }
            case RUBBER -> {
                Bounds band = overlay.rubberBand;
                overlay.rubberBand = null;
                if (band != null && moved) {
                    Bounds world = new BoundingBox(vp.wx(band.getMinX()), vp.wy(band.getMinY()),
                            band.getWidth() / k, band.getHeight() / k);
                    List<String> hits = vm.snapshot().notes().stream()
                            .filter(n -> world.intersects(BoardGeometry.noteBounds(n))).map(Note::id).toList();
                    vm.select(hits, e.isShiftDown() || e.isShortcutDown());
                }
                board.invalidate();
            }
            default -> {
            }
        }
    }

    private void clearDrag() {
        overlay.clearDrag();
        board.invalidate();
    }

    private void clicked(MouseEvent e) {
        if (!e.isStillSincePress() || !ownTarget(e)) {
            return;
        }
        Viewport vp = board.viewport();
        double wx = vp.wx(e.getX());
        double wy = vp.wy(e.getY());
        Optional<Note> hit = board.noteAt(wx, wy);
        if (board.dotMode()) {
            String voter = board.voterId();
            if (hit.isPresent() && voter != null) {
                if (e.getButton() == MouseButton.PRIMARY && !e.isAltDown()) {
                    vm.voting().placeDot(voter, hit.get().id());
                } else {
                    vm.voting().removeDot(voter, hit.get().id());
                }
                board.moveCursorTo(hit.get().id());
                board.invalidate();
            }
            return;
        }
        if (e.getButton() == MouseButton.SECONDARY) {
            lastClickOnScreen = new Point2D(e.getScreenX(), e.getScreenY());
            BoardHits.clusterTitleAt(vm.snapshot(), wx, wy).ifPresent(board::openClusterMenu);
            return;
        }
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
            if (hit.isPresent()) {
                board.editors().editNote(hit.get());
            } else {
                BoardHits.clusterTitleAt(vm.snapshot(), wx, wy).flatMap(id -> vm.snapshot().cluster(id))
                        .ifPresent(board.editors()::renameCluster);
            }
        }
    }

    private void scrolled(ScrollEvent e) {
        Viewport vp = board.viewport();
        if (e.isShortcutDown()) {
            board.setViewport(vp.zoomAt(Math.pow(1.0025, e.getDeltaY()), e.getX(), e.getY()));
        } else {
            double dx = e.getDeltaX();
            double dy = e.getDeltaY();
            if (e.isShiftDown() && dx == 0) {
                dx = dy;
                dy = 0;
            }
            board.setViewport(vp.panBy(dx, dy));
        }
        e.consume();
    }
}
