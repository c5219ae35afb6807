package org.zielbild.ui.shell.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zielbild.config.RoomSettings;
import org.zielbild.domain.Language;
import org.zielbild.domain.Message;
import org.zielbild.session.SessionService;
import org.zielbild.testing.DaySessions;
import org.zielbild.testing.MutableClock;
import org.zielbild.ui.common.Notifier;
import org.zielbild.ui.common.SessionModel;

class TimerViewModelTest {

    private final MutableClock clock = new MutableClock(DaySessions.NINE, ZoneId.of("Europe/Berlin"));
    private final List<Message> errors = new ArrayList<>();
    private SessionService service;
    private SessionModel model;
    private final SimpleObjectProperty<String> current = new SimpleObjectProperty<>("s1");
    private TimerViewModel vm;
    private final List<TimerDisplay> zeros = new ArrayList<>();

    @BeforeEach
    void setUp() {
        service = SessionService.inMemory(DaySessions.templateDay(Language.EN));
        model = new SessionModel(service, new Notifier() {
            @Override
            public void info(Message message) {
            }

            @Override
            public void error(Message message) {
                errors.add(message);
            }
        });
        vm = new TimerViewModel(model, current, clock);
        vm.addZeroListener(zeros::add);
    }

    private TimerDisplay stage() {
        return vm.stageTimerProperty().get();
    }

    private void tick(long seconds) {
        clock.advanceSeconds(seconds);
        vm.refresh();
    }

    @Test
    void beforeTheStartTheCurrentStageShowsItsPlannedTime() {
        assertThat(stage().phase()).isEqualTo(TimerDisplay.Phase.READY);
        assertThat(stage().clock()).isEqualTo("15:00");
        assertThat(vm.roomTimerProperty().get()).isNull();
        assertThat(vm.dayLiveProperty().get()).isFalse();
        tick(600);
        assertThat(stage().clock()).isEqualTo("15:00");
    }

    @Test
    void spaceStartsTheStageAndTheTimerCountsDown() {
        vm.startOrPause();
        assertThat(vm.dayLiveProperty().get()).isTrue();
        tick(61);
        assertThat(stage().phase()).isEqualTo(TimerDisplay.Phase.RUNNING);
        assertThat(stage().clock()).isEqualTo("13:59");
        assertThat(vm.roomTimerProperty().get()).isEqualTo(stage());
    }

    @Test
    void theLastMinuteZeroAndTheOverrunAreMarked() {
        vm.startOrPause();
        tick(14 * 60 - 1);
        assertThat(stage().phase()).isEqualTo(TimerDisplay.Phase.RUNNING);
        assertThat(stage().clock()).isEqualTo("01:01");
        tick(1);
        assertThat(stage().phase()).isEqualTo(TimerDisplay.Phase.LAST_MINUTE);
        assertThat(zeros).isEmpty();
        tick(60);
        assertThat(stage().phase()).isEqualTo(TimerDisplay.Phase.TIME_UP);
        assertThat(stage().clock()).isEqualTo("00:00");
        assertThat(zeros).hasSize(1);
        tick(135);
        assertThat(stage().clock()).isEqualTo("+02:15");
        assertThat(stage().overrun()).isTrue();
        assertThat(zeros).as("the chime sounds once").hasSize(1);
    }

    @Test
    void aPausedTimerStandsStillAndSpaceResumesIt() {
        vm.startOrPause();
        tick(300);
        vm.startOrPause();
        assertThat(stage().paused()).isTrue();
        tick(3600);
        assertThat(stage().clock()).isEqualTo("10:00");
        assertThat(stage().ticking()).isFalse();
        vm.startOrPause();
        tick(60);
        assertThat(stage().clock()).isEqualTo("09:00");
    }

    @Test
    void minutesCanBeAddedAndTakenAwayAndTheTimerReset() {
        vm.startOrPause();
        tick(600);
        vm.addMinutes(5);
        vm.addMinutes(1);
        vm.addMinutes(-1);
        assertThat(stage().clock()).isEqualTo("10:00");
        assertThat(stage().totalSeconds()).isEqualTo(20 * 60);
        vm.reset();
        assertThat(stage().clock()).isEqualTo("15:00");
        vm.addMinutes(-16);
        assertThat(errors).extracting(Message::key).containsExactly("error.timer.belowZero");
    }

    @Test
    void takingAwayMinutesPastZeroChimesToo() {
        vm.startOrPause();
        tick(14 * 60 + 30);
        vm.addMinutes(-1);
        assertThat(stage().overrun()).isTrue();
        assertThat(zeros).hasSize(1);
    }

    @Test
    void withoutALiveStageTheTimerKeysSayWhy() {
        vm.addMinutes(1);
        vm.endStage();
        assertThat(errors).extracting(Message::key).containsExactly("error.timer.noStage", "error.timer.noStage");
    }

    @Test
    void theFreeTimerTakesTheKeysAndTheRoomWhileItRuns() {
        vm.startOrPause();
        tick(60);
        vm.startFreeTimer(7, "Silent writing");
        assertThat(vm.roomTimerProperty().get().kind()).isEqualTo(TimerDisplay.Kind.FREE);
        assertThat(vm.roomTimerProperty().get().title()).isEqualTo("Silent writing");
        vm.startOrPause();
        assertThat(vm.freeTimerProperty().get().paused()).isTrue();
        assertThat(stage().paused()).as("the stage keeps running").isFalse();
        vm.addMinutes(5);
        assertThat(vm.freeTimerProperty().get().clock()).isEqualTo("12:00");
        vm.stopFreeTimer();
        assertThat(vm.freeTimerProperty().get()).isNull();
        assertThat(vm.roomTimerProperty().get().kind()).isEqualTo(TimerDisplay.Kind.STAGE);
    }

    @Test
    void theFreeTimerChimesAtZero() {
        vm.startFreeTimer(1, "");
        tick(59);
        assertThat(vm.freeTimerProperty().get().phase()).isEqualTo(TimerDisplay.Phase.LAST_MINUTE);
        tick(1);
        assertThat(zeros).extracting(TimerDisplay::kind).containsExactly(TimerDisplay.Kind.FREE);
    }

    @Test
    void reopeningMidStageShowsTheRemainingTimeAndDoesNotChimeForAnOldOverrun() {
        vm.startOrPause();
        tick(5 * 60);
        // The app closes; 7 minutes later the session is opened again from the same history.
        clock.advanceMinutes(7);
        TimerViewModel reopened = new TimerViewModel(new SessionModel(
                SessionService.inMemory(service.session()), Notifier.SILENT), new SimpleObjectProperty<>("s1"), clock);
        assertThat(reopened.stageTimerProperty().get().clock()).isEqualTo("03:00");
        clock.advanceMinutes(10);
        List<TimerDisplay> heard = new ArrayList<>();
        TimerViewModel late = new TimerViewModel(new SessionModel(
                SessionService.inMemory(service.session()), Notifier.SILENT), new SimpleObjectProperty<>("s1"), clock);
        late.addZeroListener(heard::add);
        late.refresh();
        assertThat(late.stageTimerProperty().get().clock()).isEqualTo("+07:00");
        assertThat(heard).isEmpty();
    }

    @Test
    void aStageOnScreenThatIsNotLiveShowsNoTimerToTheRoom() {
        vm.startOrPause();
        current.set("s3");
        assertThat(vm.stageTimerProperty().get().key()).startsWith("s1@");
        assertThat(vm.roomTimerProperty().get()).isNull();
    }

    @Test
    void theDaySummaryIsToTheMinute() {
        vm.startOrPause();
        assertThat(vm.dayProperty().get().started()).isTrue();
        assertThat(vm.dayProperty().get().delayMinutes()).isZero();
        tick(20 * 60);
        assertThat(vm.dayProperty().get().delayMinutes()).isEqualTo(5);
    }

    @Test
    void theChimeFollowsTheSettings() {
        List<Double> played = new ArrayList<>();
        SimpleObjectProperty<RoomSettings> room = new SimpleObjectProperty<>(RoomSettings.defaults().withChime(true, 40));
        new Chime(vm, room, played::add);
        vm.startFreeTimer(1, "");
        tick(60);
        assertThat(played).containsExactly(0.4);
        room.set(room.get().withChime(false, 40));
        vm.startFreeTimer(1, "");
        tick(60);
        assertThat(played).hasSize(1);
    }
}
