package org.zielbild.ui.kit.board;

import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Bounds;

/**
 * One board, read-only, for the room's view: the snapshot (vote results only once revealed) and
 * the part of the board the facilitator's laptop shows, which the projection follows. It can apply
 * no change and holds nothing that could; made by {@link BoardViewModel#feed()}.
 */
public final class BoardFeed {

    private final ReadOnlyObjectProperty<BoardSnapshot> snapshot;
    private final ReadOnlyObjectProperty<Bounds> focus;

    BoardFeed(ReadOnlyObjectProperty<BoardSnapshot> snapshot, ReadOnlyObjectProperty<Bounds> focus) {
        this.snapshot = Objects.requireNonNull(snapshot);
        this.focus = Objects.requireNonNull(focus);
    }

    public ReadOnlyObjectProperty<BoardSnapshot> snapshotProperty() {
        return snapshot;
    }

    public BoardSnapshot snapshot() {
        return snapshot.get();
    }

    /** The part of the board the facilitator looks at (board units); null before the laptop has shown it. */
    public ReadOnlyObjectProperty<Bounds> focusProperty() {
        return focus;
    }
}
