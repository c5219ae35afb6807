package org.zielbild.ui.shell.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.zielbild.domain.Language;
import org.zielbild.domain.day.StageRun;
import org.zielbild.domain.day.StartStage;
import org.zielbild.session.SessionService;
import org.zielbild.testing.DaySessions;
import org.zielbild.testing.MutableClock;
import org.zielbild.ui.common.Notifier;
import org.zielbild.ui.common.SessionModel;
import org.zielbild.ui.shell.run.TimerViewModel;
import org.zielbild.ui.spi.StageExit;

/** The view-models ask before the stage on screen (or the live one) is left, and a "no" keeps it. */
class LeaveCheckTest {

    private final MutableClock clock = new MutableClock(DaySessions.NINE, ZoneId.of("Europe/Berlin"));
    private final SessionService service = SessionService.inMemory(DaySessions.templateDay(Language.EN));
    private final SessionModel model = new SessionModel(service, Notifier.SILENT);
    private final List<StageExit> asked = new ArrayList<>();
    private boolean hold;

    private boolean check(StageExit exit) {
        asked.add(exit);
        return !hold;
    }

    @Test
    void nextPreviousAndJumpAskTheStageOnScreenAndAHoldKeepsItAndItsRun() {
        SessionViewModel vm = new SessionViewModel(model, clock);
        vm.setLeaveCheck(this::check);
        vm.goTo("s3");
        model.apply(new StartStage("s3", clock.instant()));
        hold = true;
        vm.next();
        vm.previous();
        vm.goTo("s6");
        assertThat(asked).containsExactly(new StageExit(StageExit.Way.JUMP, "s1", "s3", false),
                new StageExit(StageExit.Way.NEXT, "s3", "s4", true),
                new StageExit(StageExit.Way.PREVIOUS, "s3", "s2", true),
                new StageExit(StageExit.Way.JUMP, "s3", "s6", true));
        assertThat(vm.currentStageIdProperty().get()).isEqualTo("s3");
        assertThat(service.session().dayLog().live()).map(StageRun::stageId).contains("s3");
        hold = false;
        vm.next();
        assertThat(vm.currentStageIdProperty().get()).isEqualTo("s4");
        assertThat(service.session().dayLog().live()).map(StageRun::stageId).contains("s4");
    }

    @Test
    void showingAStageAndGoingWhereOneIsAlreadyAskNothing() {
        SessionViewModel vm = new SessionViewModel(model, clock);
        vm.setLeaveCheck(this::check);
        vm.select("s2");
        vm.goTo("s2");
        vm.goTo("no-such-stage");
        assertThat(asked).isEmpty();
    }

    @Test
    void endStageAsksTheLiveStageAndAHoldKeepsItRunning() {
        TimerViewModel timers = new TimerViewModel(model, new SimpleObjectProperty<>("s2"), clock);
        timers.setLeaveCheck(this::check);
        timers.endStage();
        assertThat(asked).as("nothing runs: nothing to leave").isEmpty();
        model.apply(new StartStage("s2", clock.instant()));
        hold = true;
        timers.endStage();
        assertThat(asked).containsExactly(new StageExit(StageExit.Way.END, "s2", null, true));
        assertThat(service.session().dayLog().live()).map(StageRun::stageId).contains("s2");
        hold = false;
        clock.advanceMinutes(5);
        timers.endStage();
        assertThat(service.session().dayLog().live()).isEmpty();
    }
}
