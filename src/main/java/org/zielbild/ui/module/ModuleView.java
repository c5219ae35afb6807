package org.zielbild.ui.module;

import java.util.Optional;
import javafx.scene.Node;

/** A module's screens for one stage. */
public interface ModuleView {

    /** The facilitator's working area in the session window. */
    Node facilitatorView();

    /**
     * What the room sees on the projector for this stage, built only from read-only state; it
     * must never show facilitator notes, controls, ballots or who voted what. Empty: the shell
     * shows the stage title and the participants' instructions.
     */
    default Optional<Node> projection() {
        return Optional.empty();
    }

    /** The stage became the current one. */
    default void activated() {
    }

    /** Another stage became the current one. */
    default void deactivated() {
    }

    /** The window closes; release listeners on the session. */
    default void dispose() {
    }
}
