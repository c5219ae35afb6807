package org.zielbild.ui.kit.board;

import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
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
    private final ReadOnlyBooleanProperty wallFollows;

    BoardFeed(ReadOnlyObjectProperty<BoardSnapshot> snapshot, ReadOnlyObjectProperty<Bounds> focus,
              ReadOnlyBooleanProperty wallFollows) {
        this.snapshot = Objects.requireNonNull(snapshot);
        this.focus = Objects.requireNonNull(focus);
        this.wallFollows = Objects.requireNonNull(wallFollows);
    }

    /** Whether the facilitator lets the wall follow the laptop's view instead of its own layout (0102). */
    public ReadOnlyBooleanProperty wallFollowsProperty() {
        return wallFollows;
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
