package org.zielbild.ui.modules.target;

import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * The target picture, read-only, for the room's view: one {@link TargetWall} value at a time. It
 * can apply no change and holds nothing that could; made by {@link TargetViewModel#feed()}.
 */
public final class TargetFeed {

    private final ReadOnlyObjectProperty<TargetWall> wall;

    TargetFeed(ReadOnlyObjectProperty<TargetWall> wall) {
        this.wall = Objects.requireNonNull(wall);
    }

    public ReadOnlyObjectProperty<TargetWall> wallProperty() {
        return wall;
    }

    public TargetWall wall() {
        return wall.get();
    }
}
