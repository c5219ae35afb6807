package org.zielbild.ui.shell.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zielbild.testing.DaySessions.apply;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.zielbild.domain.Language;
import org.zielbild.domain.Session;
import org.zielbild.domain.day.StageTiming;
import org.zielbild.domain.day.StartStage;
import org.zielbild.testing.DaySessions;
import org.zielbild.testing.MutableClock;
import org.zielbild.ui.common.I18n;

class DayViewModelTest {

    private final MutableClock clock = new MutableClock(DaySessions.NINE, ZoneId.of("Europe/Berlin"));

    @Test
    void showsPlanAgainstActualInGerman() {
        Session s = apply(DaySessions.templateDay(Language.DE), new StartStage("s1", DaySessions.at(0)),
                new StartStage("s2", DaySessions.at(22)));
        clock.set(DaySessions.at(40));
        DayViewModel vm = new DayViewModel(new I18n(Language.DE), clock);
        vm.refresh(s);
        DayViewModel.Row welcome = vm.rowsProperty().get().get(0);
        assertThat(welcome.start()).isEqualTo("09:00");
        assertThat(welcome.end()).isEqualTo("09:22");
        assertThat(welcome.actual()).isEqualTo("22 Min.");
        assertThat(welcome.deviation()).isEqualTo("+7");
        assertThat(welcome.late()).isTrue();
        DayViewModel.Row reflection = vm.rowsProperty().get().get(1);
        assertThat(reflection.state()).isEqualTo(StageTiming.State.RUNNING);
        assertThat(reflection.end()).isEqualTo("läuft");
        assertThat(reflection.deviation()).as("no deviation while it runs on time").isEqualTo("–");
        assertThat(vm.rowsProperty().get().get(2).start()).isEqualTo("–");
        assertThat(vm.summaryProperty().get()).isEqualTo(
                "Begonnen 09:00 · geplantes Ende 15:45 · voraussichtliches Ende 15:52");
        assertThat(vm.delayProperty().get()).isEqualTo("7 Min. Verzug.");
    }

    @Test
    void aStageThatRanLessThanAMinuteSaysSoAndOnePassedThroughSaysItDidNotRun() {
        // s1 ran 11 s with a minute added (recorded), s2 was passed through in 28 s (not recorded).
        Session s = apply(DaySessions.templateDay(Language.EN), new StartStage("s1", DaySessions.at(0, 0)),
                new org.zielbild.domain.day.ExtendTimer(org.zielbild.domain.day.TimerTarget.STAGE, 1),
                new StartStage("s2", DaySessions.at(0, 11)), new StartStage("s3", DaySessions.at(0, 39)));
        clock.set(DaySessions.at(5));
        DayViewModel vm = new DayViewModel(new I18n(Language.EN), clock);
        vm.refresh(s);
        assertThat(vm.rowsProperty().get().get(0).actual()).as("never \"0 min\"").isEqualTo("< 1 min");
        assertThat(vm.rowsProperty().get().get(1).actual()).isEqualTo("–");
        assertThat(new I18n(Language.EN).t("day.noneLegend")).contains("30 s");
    }

    @Test
    void beforeTheStartItSaysHowLongTheDayTakes() {
        DayViewModel vm = new DayViewModel(new I18n(Language.EN), clock);
        vm.refresh(DaySessions.templateDay(Language.EN));
        assertThat(vm.summaryProperty().get()).startsWith("The day has not started yet. It takes 6:45 h");
        assertThat(vm.delayProperty().get()).isEmpty();
    }
}
