package org.zielbild.ui.modules.mandate;

import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * The mandates, read-only, for the room's view: one {@link MandateWall} value at a time. It can
 * apply no change and holds nothing that could; made by {@link MandateViewModel#feed()}.
 */
public final class MandateFeed {

    private final ReadOnlyObjectProperty<MandateWall> wall;

    MandateFeed(ReadOnlyObjectProperty<MandateWall> wall) {
        this.wall = Objects.requireNonNull(wall);
    }

    public ReadOnlyObjectProperty<MandateWall> wallProperty() {
        return wall;
    }

    public MandateWall wall() {
        return wall.get();
    }
}
