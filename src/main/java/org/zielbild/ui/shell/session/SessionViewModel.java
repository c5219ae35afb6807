package org.zielbild.ui.shell.session;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zielbild.domain.Session;
import org.zielbild.domain.agenda.Stage;
import org.zielbild.domain.day.StageRun;
import org.zielbild.domain.day.StartStage;
import org.zielbild.ui.common.ListPatch;
import org.zielbild.ui.common.SessionModel;
import org.zielbild.ui.spi.StageExit;

/**
 * The session window's navigation state: the day's stages and which one is current. Keeps a
 * valid current stage when stages are added, removed or reordered.
 *
 * <p>Moving through the day starts stages: while a stage runs (or is paused), going to another
 * stage ({@link #next()}, {@link #previous()}, {@link #goTo}) ends the live stage and starts the new
 * one, so the stage on screen is the stage whose time runs. Before the day starts (and after it
 * ends) going to a stage only shows it; Ctrl+Space starts it. A session opens at its live stage.
 */
public final class SessionViewModel {

    private final SessionModel model;
    private final Clock clock;
    private final ObservableList<Stage> stages = FXCollections.observableArrayList();
    /**
     * One read-only view, kept for the life of the view-model: an unmodifiable wrapper listens to
     * the list only weakly, so a fresh wrapper per call could be collected along with the listeners
     * added to it (the agenda's planned total then stopped following the agenda).
     */
    private final ObservableList<Stage> readOnlyStages = FXCollections.unmodifiableObservableList(stages);
    private final ObjectProperty<String> currentStageId = new SimpleObjectProperty<>();
    private final ReadOnlyIntegerWrapper currentIndex = new ReadOnlyIntegerWrapper(-1);
    private Predicate<StageExit> mayLeave = exit -> true;

    public SessionViewModel(SessionModel model) {
        this(model, Clock.systemDefaultZone());
    }

    /** @param clock when stages start and end */
    public SessionViewModel(SessionModel model, Clock clock) {
        this.model = model;
        this.clock = clock;
        stages.setAll(model.session().agenda().stages());
        model.sessionProperty().addListener((obs, old, now) -> {
            if (old == null || old.agenda() != now.agenda()) {
                syncStages(now);
            }
        });
        currentStageId.addListener((obs, old, now) -> currentIndex.set(indexOf(now)));
        Optional<String> live = model.session().dayLog().live().map(StageRun::stageId).filter(id -> indexOf(id) >= 0);
        if (live.isPresent()) {
            currentStageId.set(live.get());
        } else if (!stages.isEmpty()) {
            currentStageId.set(stages.get(0).id());
        }
    }

    public SessionModel model() {
        return model;
    }

    public ObservableList<Stage> stages() {
        return readOnlyStages;
    }

    /** The id of the stage on screen; null only while the agenda is empty. */
    public ObjectProperty<String> currentStageIdProperty() {
        return currentStageId;
    }

    public ReadOnlyIntegerProperty currentIndexProperty() {
        return currentIndex.getReadOnlyProperty();
    }

    public Optional<Stage> currentStage() {
        return model.session().agenda().find(currentStageId.get());
    }

    /** Shows a stage without touching the day's timing (e.g. restoring the view after a language switch). */
    public void select(String stageId) {
        if (indexOf(stageId) >= 0) {
            currentStageId.set(stageId);
        }
    }

    /**
     * Asked before the current stage is left for another ({@link StageExit.Way#NEXT},
     * {@link StageExit.Way#PREVIOUS}, {@link StageExit.Way#JUMP}); false keeps the stage. The session
     * window asks the stage's module view.
     */
    public void setLeaveCheck(Predicate<StageExit> check) {
        this.mayLeave = check;
    }

    /** The facilitator goes straight to a stage (the agenda sidebar); while the day runs, that stage starts. */
    public void goTo(String stageId) {
        go(stageId, StageExit.Way.JUMP);
    }

    private void go(String stageId, StageExit.Way way) {
        String current = currentStageId.get();
        if (indexOf(stageId) < 0 || stageId.equals(current)) {
            return;
        }
        Optional<StageRun> live = model.session().dayLog().live();
        if (current != null && !mayLeave.test(new StageExit(way, current, stageId,
                live.map(r -> r.stageId().equals(current)).orElse(false)))) {
            return;
        }
        if (live.isPresent() && !model.apply(new StartStage(stageId, clock.instant()))) {
            return;
        }
        currentStageId.set(stageId);
    }

    public boolean canGoNext() {
        return currentIndex.get() >= 0 && currentIndex.get() < stages.size() - 1;
    }

    public boolean canGoPrevious() {
        return currentIndex.get() > 0;
    }

    public void next() {
        if (canGoNext()) {
            go(stages.get(currentIndex.get() + 1).id(), StageExit.Way.NEXT);
        }
    }

    public void previous() {
        if (canGoPrevious()) {
            go(stages.get(currentIndex.get() - 1).id(), StageExit.Way.PREVIOUS);
        }
    }

    private void syncStages(Session now) {
        int oldIndex = currentIndex.get();
        List<Stage> list = now.agenda().stages();
        // Only the stages that changed: listeners of the list see one replaced stage, not a new list.
        ListPatch.apply(stages, list);
        String current = currentStageId.get();
        if (indexOf(current) >= 0) {
            currentIndex.set(indexOf(current));
        } else if (list.isEmpty()) {
            currentStageId.set(null);
        } else {
            // The current stage was removed: stay at the same place in the day.
            currentStageId.set(list.get(Math.min(Math.max(oldIndex, 0), list.size() - 1)).id());
        }
    }

    private int indexOf(String stageId) {
        if (stageId == null) {
            return -1;
        }
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).id().equals(stageId)) {
                return i;
            }
        }
        return -1;
    }
}
