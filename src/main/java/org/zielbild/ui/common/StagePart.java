package org.zielbild.ui.common;

import java.util.List;
import javafx.scene.Node;

/**
 * One part of a stage that is made of parts (a mood round, a board), e.g. one tab: its title (and
 * tooltip, may be null), the facilitator's view, the room's view, what to do when it is shown and
 * when the window closes, and the keys it offers for the shortcut overlay. Kits describe their
 * parts with this; the module SPI's {@code TabbedStageView} lays them out.
 */
public record StagePart(String title, String tooltip, Node facilitator, Node projection, Runnable onShow,
                        Runnable dispose, List<KeyHelp> keys) {

    public StagePart {
        keys = List.copyOf(keys);
    }

    /** A part that offers no keys of its own. */
    public StagePart(String title, String tooltip, Node facilitator, Node projection, Runnable onShow, Runnable dispose) {
        this(title, tooltip, facilitator, projection, onShow, dispose, List.of());
    }
}
