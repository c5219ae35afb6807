package org.zielbild.ui.common;

import javafx.application.Platform;

/**
 * One redraw for a burst of changes: the first request puts the redraw on the JavaFX thread's
 * queue, requests before it runs join that one. Call from the JavaFX thread.
 */
public final class OneRedraw {

    private final Runnable redraw;
    private boolean pending;

    public OneRedraw(Runnable redraw) {
        this.redraw = redraw;
    }

    public void request() {
        if (!pending) {
            pending = true;
            Platform.runLater(() -> {
                pending = false;
                redraw.run();
            });
        }
    }
}
