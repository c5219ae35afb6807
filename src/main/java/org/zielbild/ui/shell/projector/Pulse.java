package org.zielbild.ui.shell.projector;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;

/**
 * Runs work on the next frame, once: a burst of changes marks the projector dirty many times but
 * it is redrawn once, in the pulse that renders it. Tests use a manual pulse.
 */
public interface Pulse {

    /** Runs {@code work} at the start of the next pulse (on the FX thread). */
    void next(Runnable work);

    /** The JavaFX pulse: an animation timer that runs for one frame, then stops. */
    static Pulse fx() {
        return new Pulse() {
            private final List<Runnable> queued = new ArrayList<>();
            private final AnimationTimer timer = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    stop();
                    List<Runnable> work = new ArrayList<>(queued);
                    queued.clear();
                    work.forEach(Runnable::run);
                }
            };

            @Override
            public void next(Runnable work) {
                queued.add(work);
                timer.start();
            }
        };
    }
}
