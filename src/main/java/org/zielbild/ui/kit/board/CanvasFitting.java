package org.zielbild.ui.kit.board;

import java.util.Optional;
import java.util.function.IntSupplier;
import javafx.geometry.Bounds;
import org.zielbild.domain.board.Note;
import org.zielbild.ui.kit.board.BoardCanvas.Mode;

/**
 * How a {@link BoardCanvas} fits its view: until the user pans or zooms it keeps fitting the
 * board as it grows (see {@link BoardFit} and docs/decisions/0044), a resize fits the way the
 * view was last fitted, and the projection follows the facilitator's view.
 */
final class CanvasFitting {

    /** The projection never zooms in beyond this when following the facilitator. */
    private static final double FOLLOW_MAX_SCALE = 3;
    /** On the ballot screen notes are shown this much above the size where text appears, for comfortable reading. */
    private static final double READABLE_BALLOT = 1.4;
    /** Nor beyond this when it fits the board by itself (a few notes are not blown up to fill the wall). */
    private static final double PROJECTION_FIT_MAX_SCALE = 2;

    private final BoardCanvas canvas;
    private final BoardFeed feed;
    private final IntSupplier captureArea;
    private final Mode mode;
    private boolean fitted;
    private boolean autoFit = true;
    /** How the view was last fitted: following the board, or fit-all; a resize fits the same way again. */
    private boolean fittedFollowing = true;

    /** @param captureArea the area the facilitator types into (followed on the facilitator's board) */
    CanvasFitting(BoardCanvas canvas, BoardFeed feed, IntSupplier captureArea, Mode mode) {
        this.canvas = canvas;
        this.feed = feed;
        this.captureArea = captureArea;
        this.mode = mode;
    }

    /** Whether the view still follows the board's content (nobody has panned or zoomed since fit-all). */
    boolean isAutoFit() {
        return autoFit;
    }

    /** Whether the view has been fitted and still follows the board, so changes to the board fit it again. */
    boolean keepsFitting() {
        return autoFit && fitted;
    }

    void stopAutoFit() {
        autoFit = false;
    }

    /** The user chose the view: it stays there until fit-all. */
    void userMoved() {
        fitted = true;
        autoFit = false;
    }

    void fitAll() {
        autoFit = true;
        fitNow(false);
    }

    void fitReadable() {
        autoFit = true;
        fitNow(true);
    }

    /** Fits again following the board (after the board or the area being typed into changed). */
    void refit() {
        fitNow(true);
    }

    /** The canvas got a new size. */
    void resized() {
        if (canvas.followProperty().get() != null || mode == Mode.VIEW) {
            followNow();
        } else if (!fitted || autoFit) {
            // A new size (the vote panel folded, the window resized) fits the way the view was
            // fitted: fit-all stays the whole board, centred; a view the user moved is kept.
            fitNow(!fitted || fittedFollowing);
        } else {
            canvas.showFitted(canvas.viewport());
        }
    }

    /**
     * Fit-all; or, when following the board on its own, the area being typed into if only that can
     * be read (the facilitator's board), the notes around the cursor (the ballot screen).
     */
    private void fitNow(boolean following) {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w <= 0 || h <= 0 || feed.snapshot() == null) {
            return;
        }
        double readable = RenderStyle.LAPTOP.textLod;
        Viewport viewport = following && mode == Mode.EDIT
                ? BoardFit.follow(feed.snapshot(), w, h, readable, BoardFit.MAX_SCALE, captureArea.getAsInt())
                : BoardFit.fitAll(feed.snapshot(), w, h, readable, BoardFit.MAX_SCALE);
        if (following && mode == Mode.BALLOT && viewport.scale() * BoardGeometry.NOTE_W < readable) {
            Optional<Note> at = Optional.ofNullable(canvas.cursor()).flatMap(feed.snapshot()::note)
                    .or(() -> NoteNavigator.first(feed.snapshot().notes()));
            if (at.isPresent()) {
                double k = Math.min(BoardFit.MAX_SCALE, READABLE_BALLOT * readable / BoardGeometry.NOTE_W);
                double cx = at.get().x() + BoardGeometry.NOTE_W / 2;
                double cy = at.get().y() + BoardGeometry.NOTE_H / 2;
                viewport = new Viewport(k, w / 2 - cx * k, h / 2 - cy * k);
            }
        }
        fitted = true;
        fittedFollowing = following;
        canvas.showFitted(viewport);
    }

    /** The projection: the facilitator's view when there is one, else the board fitted for the room. */
    /** The wall following the laptop never draws a note smaller than this: its text at 14.5 units is 20 px. */
    static final double MIN_FOLLOW_SCALE = WallLayout.MIN_BODY / 14.5;

    void followNow() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w <= 0 || feed.snapshot() == null) {
            return;
        }
        Bounds follow = canvas.followProperty().get();
        Viewport viewport = follow != null
                ? Viewport.fit(BoardFit.cropToContent(follow, feed.snapshot()), w, h, 16, FOLLOW_MAX_SCALE)
                : BoardFit.fitAll(feed.snapshot(), w, h, RenderStyle.PROJECTION.textLod, PROJECTION_FIT_MAX_SCALE);
        if (viewport.scale() < MIN_FOLLOW_SCALE) {
            // Never blank tiles on the wall (0102): a view too wide to read is shown around its middle, readable.
            viewport = viewport.zoomAt(MIN_FOLLOW_SCALE / viewport.scale(), w / 2, h / 2);
        }
        fitted = true;
        canvas.showFollowed(viewport);
    }
}
