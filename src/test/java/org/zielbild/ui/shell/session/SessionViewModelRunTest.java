package org.zielbild.ui.shell.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.zielbild.domain.Language;
import org.zielbild.domain.day.StageRun;
import org.zielbild.domain.day.StartStage;
import org.zielbild.session.SessionService;
import org.zielbild.testing.DaySessions;
import org.zielbild.testing.MutableClock;
import org.zielbild.ui.common.Notifier;
import org.zielbild.ui.common.SessionModel;

/** How moving through the day and starting stages relate. */
class SessionViewModelRunTest {

    private final MutableClock clock = new MutableClock(DaySessions.NINE, ZoneId.of("Europe/Berlin"));
    private final SessionService service = SessionService.inMemory(DaySessions.templateDay(Language.EN));
    private final SessionModel model = new SessionModel(service, Notifier.SILENT);

    @Test
    void beforeTheDayStartsMovingAroundRecordsNothing() {
        SessionViewModel vm = new SessionViewModel(model, clock);
        vm.next();
        vm.next();
        vm.goTo("s6");
        vm.previous();
        assertThat(vm.currentStageIdProperty().get()).isEqualTo("s5");
        assertThat(service.session().dayLog().runs()).isEmpty();
    }

    @Test
    void whileTheDayRunsTheNextStageStartsWhenTheFacilitatorMovesOn() {
        SessionViewModel vm = new SessionViewModel(model, clock);
        model.apply(new StartStage("s1", clock.instant()));
        clock.advanceMinutes(16);
        vm.next();
        assertThat(vm.currentStageIdProperty().get()).isEqualTo("s2");
        assertThat(service.session().dayLog().live()).map(StageRun::stageId).contains("s2");
        StageRun welcome = service.session().dayLog().runOf("s1").orElseThrow();
        assertThat(welcome.timing().activeTime(clock.instant())).isEqualTo(Duration.ofMinutes(16));
        clock.advanceMinutes(30);
        vm.goTo("s4");
        assertThat(service.session().dayLog().live()).map(StageRun::stageId).contains("s4");
        clock.advanceMinutes(1);
        vm.previous();
        assertThat(service.session().dayLog().live()).map(StageRun::stageId).contains("s3");
    }

    @Test
    void showingAStageWithoutGoingThereLeavesTheDayAlone() {
        SessionViewModel vm = new SessionViewModel(model, clock);
        model.apply(new StartStage("s1", clock.instant()));
        vm.select("s3");
        assertThat(service.session().dayLog().live()).map(StageRun::stageId).contains("s1");
    }

    @Test
    void aSessionOpensAtItsLiveStage() {
        model.apply(new StartStage("s4", clock.instant()));
        SessionViewModel reopened = new SessionViewModel(new SessionModel(
                SessionService.inMemory(service.session()), Notifier.SILENT), clock);
        assertThat(reopened.currentStageIdProperty().get()).isEqualTo("s4");
        assertThat(reopened.currentIndexProperty().get()).isEqualTo(3);
    }
}
