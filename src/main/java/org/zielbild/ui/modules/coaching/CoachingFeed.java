package org.zielbild.ui.modules.coaching;

import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * What the wall may show of the coach round, read-only: one {@link CoachingRoom} value, replaced
 * when it changes. It holds nothing that could change the session or reveal a ballot; made by
 * {@link CoachingViewModel#feed()}.
 */
public final class CoachingFeed {

    private final ReadOnlyObjectProperty<CoachingRoom> room;

    CoachingFeed(ReadOnlyObjectProperty<CoachingRoom> room) {
        this.room = Objects.requireNonNull(room);
    }

    public ReadOnlyObjectProperty<CoachingRoom> roomProperty() {
        return room;
    }

    public CoachingRoom room() {
        return room.get();
    }
}
