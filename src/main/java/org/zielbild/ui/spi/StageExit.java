package org.zielbild.ui.spi;

import java.util.Objects;

/**
 * The facilitator is about to leave a stage; the stage's module view is asked first
 * ({@link ModuleView#mayLeave}) and may hold it.
 *
 * @param way       how the stage is left
 * @param stageId   the stage being left
 * @param toStageId the stage shown next ({@link Way#NEXT}, {@link Way#PREVIOUS}, {@link Way#JUMP}); null
 *                  when the stage ends or the session closes
 * @param live      whether the stage's time runs, so that leaving ends it; false while it is only on show
 *                  (before the day starts, after it ended)
 */
public record StageExit(Way way, String stageId, String toStageId, boolean live) {

    /** Every way out of a stage. */
    public enum Way {
        /** End stage (the run bar's button, the menu, the End key). */
        END,
        /** The next stage (Ctrl+PageDown, a clicker's PageDown). */
        NEXT,
        /** The previous stage (Ctrl+PageUp, a clicker's PageUp). */
        PREVIOUS,
        /** Straight to a chosen stage: a click in the agenda sidebar. */
        JUMP,
        /** The session closes: Close session, Quit, or the window's close button. */
        CLOSE
    }

    public StageExit {
        Objects.requireNonNull(way, "way");
        Objects.requireNonNull(stageId, "stageId");
    }
}
