package org.zielbild.ui.shell.session;

import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zielbild.domain.day.StageRun;
import org.zielbild.ui.spi.ModuleView;
import org.zielbild.ui.spi.StageExit;

/**
 * The one place every way out of a stage asks the stage's module view whether it may go
 * ({@link ModuleView#mayLeave}): End stage, next and previous, the sidebar, closing. A stage whose
 * view was never built has nothing to hold; a module that fails while asked lets go, so a broken
 * module never traps the facilitator in its stage.
 */
final class StageExits implements Predicate<StageExit> {

    private static final Logger LOG = LoggerFactory.getLogger(StageExits.class);

    private final SessionViewModel vm;
    private final StageHost host;

    StageExits(SessionViewModel vm, StageHost host) {
        this.vm = vm;
        this.host = host;
    }

    @Override
    public boolean test(StageExit exit) {
        Optional<ModuleView> view = host.viewOf(exit.stageId());
        if (view.isEmpty()) {
            return true;
        }
        try {
            return view.get().mayLeave(exit);
        } catch (RuntimeException e) {
            LOG.error("module view of stage {} failed when asked to leave ({})", exit.stageId(), exit.way(), e);
            return true;
        }
    }

    /** Whether the session may close: asks the stage on screen. */
    boolean mayClose() {
        String current = vm.currentStageIdProperty().get();
        if (current == null) {
            return true;
        }
        boolean live = vm.model().session().dayLog().live().map(StageRun::stageId).filter(current::equals).isPresent();
        return test(new StageExit(StageExit.Way.CLOSE, current, null, live));
    }
}
