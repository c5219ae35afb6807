package org.zielbild.ui.shell.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import org.zielbild.domain.Session;
import org.zielbild.domain.agenda.Stage;
import org.zielbild.domain.day.DayForecast;
import org.zielbild.domain.day.EndStage;
import org.zielbild.domain.day.ExtendTimer;
import org.zielbild.domain.day.FreeTimer;
import org.zielbild.domain.day.PauseTimer;
import org.zielbild.domain.day.ResetTimer;
import org.zielbild.domain.day.ResumeTimer;
import org.zielbild.domain.day.StageRun;
import org.zielbild.domain.day.StartFreeTimer;
import org.zielbild.domain.day.StartStage;
import org.zielbild.domain.day.StopFreeTimer;
import org.zielbild.domain.day.TimerTarget;
import org.zielbild.domain.day.Timing;
import org.zielbild.ui.common.SessionModel;
import org.zielbild.ui.spi.StageExit;

/**
 * The timers of the day as the screens show them, and the timer commands. Readings are taken at
 * the injected clock's time whenever the session changes and on every {@link #refresh()} (a ticker
 * calls it a few times a second); properties change only when what is shown changes.
 *
 * <p>The keys act on the <em>focused</em> timer: the free timer while one is set, otherwise the
 * stage's. That is also the timer the room sees large on the projector.
 */
public final class TimerViewModel {

    private final SessionModel model;
    private final ObservableValue<String> currentStageId;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<TimerDisplay> stageTimer = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TimerDisplay> freeTimer = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TimerDisplay> roomTimer = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DaySummary> day = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dayLive = new ReadOnlyBooleanWrapper();
    private final List<Consumer<TimerDisplay>> zeroListeners = new CopyOnWriteArrayList<>();
    private Predicate<StageExit> mayLeave = exit -> true;

    /**
     * @param currentStageId the stage on the facilitator's screen (the projector shows the same)
     */
    public TimerViewModel(SessionModel model, ObservableValue<String> currentStageId, Clock clock) {
        this.model = Objects.requireNonNull(model);
        this.currentStageId = Objects.requireNonNull(currentStageId);
        this.clock = Objects.requireNonNull(clock);
        model.sessionProperty().addListener((obs, old, now) -> refresh());
        currentStageId.addListener((obs, old, now) -> refresh());
        refresh();
    }

    /** The live stage's timer; before the day starts (or between stages) the current stage's plan. */
    public ReadOnlyObjectProperty<TimerDisplay> stageTimerProperty() {
        return stageTimer.getReadOnlyProperty();
    }

    /** The free timer; null when none is set. */
    public ReadOnlyObjectProperty<TimerDisplay> freeTimerProperty() {
        return freeTimer.getReadOnlyProperty();
    }

    /** What the room sees: the free timer, else the live stage's timer while that stage is on screen; else null. */
    public ReadOnlyObjectProperty<TimerDisplay> roomTimerProperty() {
        return roomTimer.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DaySummary> dayProperty() {
        return day.getReadOnlyProperty();
    }

    /** A stage is running or paused: moving to another stage hands the clock over. */
    public ReadOnlyBooleanProperty dayLiveProperty() {
        return dayLive.getReadOnlyProperty();
    }

    /** Told when a ticking timer reaches zero (not when a session opens with a timer already past zero). */
    public void addZeroListener(Consumer<TimerDisplay> listener) {
        zeroListeners.add(listener);
    }

    public Clock clock() {
        return clock;
    }

    /** Reads the clocks again. */
    public void refresh() {
        Instant now = clock.instant();
        Session s = model.session();
        TimerDisplay stage = stageDisplay(s, now);
        TimerDisplay free = s.dayLog().free().map(f -> freeDisplay(f, now)).orElse(null);
        TimerDisplay stageBefore = stageTimer.get();
        TimerDisplay freeBefore = freeTimer.get();
        stageTimer.set(stage);
        freeTimer.set(free);
        Optional<StageRun> live = s.dayLog().live();
        dayLive.set(live.isPresent());
        boolean stageOnScreen = live.isPresent() && live.get().stageId().equals(currentStageId.getValue());
        roomTimer.set(free != null ? free : stageOnScreen ? stage : null);
        day.set(DaySummary.of(DayForecast.of(s, now)));
        reachedZero(stageBefore, stage);
        reachedZero(freeBefore, free);
    }

    // ---- commands -------------------------------------------------------------------------

    /** Ctrl+Space: starts the current stage, or pauses / resumes the focused timer. */
    public void startOrPause() {
        Instant now = clock.instant();
        Session s = model.session();
        Optional<FreeTimer> free = s.dayLog().free();
        if (free.isPresent()) {
            model.apply(free.get().timing().paused() ? new ResumeTimer(TimerTarget.FREE, now)
                    : new PauseTimer(TimerTarget.FREE, now));
            return;
        }
        String current = currentStageId.getValue();
        Optional<StageRun> live = s.dayLog().live();
        if (live.isPresent() && live.get().stageId().equals(current)) {
            Timing t = live.get().timing();
            model.apply(t.paused() ? new ResumeTimer(TimerTarget.STAGE, now) : new PauseTimer(TimerTarget.STAGE, now));
        } else if (current != null) {
            model.apply(new StartStage(current, now));
        }
    }

    /** +1, +5, −1 minutes on the focused timer. */
    public void addMinutes(int minutes) {
        model.apply(new ExtendTimer(focus(), minutes));
    }

    /** The focused timer's full time again from now. */
    public void reset() {
        model.apply(new ResetTimer(focus(), clock.instant()));
    }

    /**
     * Asked before the live stage ends ({@link StageExit.Way#END}); false keeps it running. The
     * session window asks the stage's module view.
     */
    public void setLeaveCheck(Predicate<StageExit> check) {
        this.mayLeave = check;
    }

    /** Ends the live stage without starting another (e.g. the end of the day, or a long break). */
    public void endStage() {
        Optional<StageRun> live = model.session().dayLog().live();
        if (live.isPresent() && !mayLeave.test(new StageExit(StageExit.Way.END, live.get().stageId(), null, true))) {
            return;
        }
        model.apply(new EndStage(clock.instant()));
    }

    public boolean hasFreeTimer() {
        return model.session().dayLog().free().isPresent();
    }

    public void startFreeTimer(int minutes, String label) {
        model.apply(new StartFreeTimer(minutes, label, clock.instant()));
    }

    public void stopFreeTimer() {
        model.apply(new StopFreeTimer());
    }

    /** The minutes the free timer had last, to offer them again. */
    public int lastFreeTimerMinutes() {
        return model.session().dayLog().free().map(FreeTimer::minutes).orElse(7);
    }

    private TimerTarget focus() {
        return hasFreeTimer() ? TimerTarget.FREE : TimerTarget.STAGE;
    }

    // ---- readings -------------------------------------------------------------------------

    private TimerDisplay stageDisplay(Session s, Instant now) {
        Optional<StageRun> live = s.dayLog().live();
        if (live.isPresent()) {
            return runDisplay(s, live.get(), now);
        }
        String current = currentStageId.getValue();
        Optional<Stage> stage = current == null ? Optional.empty() : s.agenda().find(current);
        if (stage.isEmpty()) {
            return null;
        }
        return s.dayLog().runOf(current).map(r -> runDisplay(s, r, now))
                .orElseGet(() -> TimerDisplay.ready(current + "@plan", stage.get().title(),
                        Duration.ofMinutes(stage.get().timeBoxMinutes())));
    }

    private static TimerDisplay runDisplay(Session s, StageRun run, Instant now) {
        Optional<Stage> stage = s.agenda().find(run.stageId());
        Duration planned = Duration.ofMinutes(stage.map(Stage::timeBoxMinutes).orElse(0));
        return TimerDisplay.of(TimerDisplay.Kind.STAGE, run.stageId() + "@" + run.timing().started(),
                stage.map(Stage::title).orElse(""), run.timing().countdown(planned, now));
    }

    private static TimerDisplay freeDisplay(FreeTimer f, Instant now) {
        return TimerDisplay.of(TimerDisplay.Kind.FREE, "free@" + f.timing().started(), f.label(),
                f.timing().countdown(f.planned(), now));
    }

    private void reachedZero(TimerDisplay before, TimerDisplay now) {
        if (before != null && now != null && before.key().equals(now.key()) && now.phase() == TimerDisplay.Phase.TIME_UP
                && !now.paused() && (before.phase() == TimerDisplay.Phase.RUNNING
                || before.phase() == TimerDisplay.Phase.LAST_MINUTE)) {
            zeroListeners.forEach(l -> l.accept(now));
        }
    }
}
