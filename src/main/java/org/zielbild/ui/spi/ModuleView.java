package org.zielbild.ui.spi;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import org.zielbild.ui.common.KeyHelp;

/** A module's screens for one stage. */
public interface ModuleView {

    /** The facilitator's working area in the session window. */
    Node facilitatorView();

    /**
     * What the room sees on the projector for this stage, built only from read-only feeds
     * ({@link ModuleContext#feed()}, a kit's feed such as {@code BoardViewModel.feed()}), never from
     * a view-model (docs/decisions/0071); it must never show facilitator notes, controls, ballots or
     * who voted what. Empty: the shell shows the stage title and the stage's prompts (the
     * participant-facing text).
     *
     * <p>The contract with the projector window (docs/decisions/0031):
     * <ul>
     *   <li>Return the same node on every call; the shell moves it into the projector window while
     *       that window is open and takes it out again when it closes.</li>
     *   <li>It is laid out on a fixed 1920×1080 design surface that is scaled to the beamer, below a
     *       band of {@code ProjectorWindow.TITLE_BAND_HEIGHT} px with the stage title and the timer:
     *       design for about 1776×800 px and let the node grow. Text never below 28 px (a board's notes and their
     *       labels: 20 px, docs/decisions/0102).</li>
     *   <li>Its parent has the style class {@code projection}; the window's root has
     *       {@code projector} plus {@code projector-light} or {@code projector-dark}. Text is 28 px
     *       unless the module sets more (never less); use {@code projector-title},
     *       {@code projector-text}, {@code projector-muted}, {@code projector-card}.</li>
     *   <li>One theme (docs/decisions/0100): colour text, cards and panels <b>only</b> with the
     *       looked-up colours {@code -zb-bg}, {@code -zb-surface}, {@code -zb-fg}, {@code -zb-muted},
     *       {@code -zb-accent}, {@code -zb-border}, {@code -zb-warning(-bg)}, {@code -zb-danger(-bg)}
     *       (or the AtlantaFX {@code -color-*} names the projector maps to the same colours), never a
     *       literal colour, and leave the projection's own background transparent. Then it is
     *       themed light and dark with nothing else to do, and every text reaches 4.5:1 (WCAG AA).
     *       A canvas gives its region {@code -fx-background-color: -zb-bg} and draws in
     *       {@code WallPalette.forBackground(...)} of that background. Stylesheets in the app
     *       stylesheet or on the node itself apply.</li>
     *   <li>No controls, no pop-ups, no tooltips. Coalesce bursts of changes (update once per pulse,
     *       not once per change): the projector's own chrome does.</li>
     * </ul>
     */
    default Optional<Node> projection() {
        return Optional.empty();
    }

    /**
     * The keys this stage's view offers while it is shown, as the shortcut overlay (F1) lists them
     * after the shell's own; e.g. a board's keys. Read each time the overlay opens.
     */
    default List<KeyHelp> keys() {
        return List.of();
    }

    /**
     * Asked before the facilitator leaves this stage, on every way out ({@link StageExit.Way}):
     * End stage, next or previous stage, a jump from the agenda sidebar, closing the session or the
     * window. Return false to hold the stage: nothing happens, and the view says why, e.g. it asks
     * for a recorded reason (a change, so the answer is journaled) and lets go on the next try. A
     * module may also ask here, with a dialog of its own. The default lets go.
     */
    default boolean mayLeave(StageExit exit) {
        return true;
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
