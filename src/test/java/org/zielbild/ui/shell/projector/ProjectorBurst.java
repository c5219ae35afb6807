package org.zielbild.ui.shell.projector;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.zielbild.domain.agenda.RenameStage;
import org.zielbild.ui.common.SessionModel;

/**
 * Applies a burst of changes in one go and measures until the projector shows the result: its
 * redraw is done and the pulse that draws it has laid the scene out (what follows is painting).
 */
final class ProjectorBurst {

    /** What one burst took. */
    record Result(long applyNanos, long shownNanos, long redraws, String title) {
    }

    private ProjectorBurst() {
    }

    static Result run(SessionModel model, ProjectorWindow projector, String stageId, int changes, String prefix)
            throws Exception {
        CompletableFuture<Result> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            long redrawsBefore = projector.redraws();
            long t0 = System.nanoTime();
            for (int i = 0; i < changes; i++) {
                model.apply(new RenameStage(stageId, prefix + " " + i));
            }
            long applied = System.nanoTime();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                if (projector.redraws() > redrawsBefore) {
                    long shown = System.nanoTime();
                    projector.scene().removePostLayoutPulseListener(listener[0]);
                    // Let any further (wrong) redraws show up before counting.
                    Platform.runLater(() -> done.complete(new Result(applied - t0, shown - t0,
                            projector.redraws() - redrawsBefore, projector.scene().getRoot().lookupAll(".projector-title")
                            .stream().map(n -> ((javafx.scene.control.Label) n).getText()).findFirst().orElse(""))));
                }
            };
            projector.scene().addPostLayoutPulseListener(listener[0]);
        });
        return done.get(10, TimeUnit.SECONDS);
    }
}
