package org.zielbild.ui.modules.coaching;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.domain.Texts;
import org.zielbild.domain.coaching.AddQuestion;
import org.zielbild.domain.coaching.Coach;
import org.zielbild.domain.coaching.Coaching;
import org.zielbild.domain.coaching.CoachingPlan;
import org.zielbild.domain.coaching.CoachingStep;
import org.zielbild.domain.coaching.Question;
import org.zielbild.domain.coaching.RemoveQuestion;
import org.zielbild.domain.coaching.RoomView;
import org.zielbild.domain.coaching.SetCoachingPlan;
import org.zielbild.domain.coaching.SetPitchOrder;
import org.zielbild.domain.coaching.SetQuestionAnswered;
import org.zielbild.domain.coaching.ShowCoachingStep;
import org.zielbild.domain.day.FreeTimer;
import org.zielbild.domain.day.Timing;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.ListPatch;
import org.zielbild.ui.common.SessionModel;

/**
 * The pitch sequence (each coach's pitch, then their questions, in pitch order), what the wall shows,
 * and the question queue. Moving to a pitch or question round (re)starts the stage's free timer with
 * that step's minutes, labelled for the room; the stage's own timer keeps the stage's time box.
 */
public final class PitchViewModel {

    private final SessionModel model;
    private final Clock clock;
    private final Supplier<String> ids;
    private final I18n roomI18n;
    private final ObservableList<PitchStep> sequence = FXCollections.observableArrayList();
    /** Held once: a read-only view made per call would be collected together with the listeners on it. */
    private final ObservableList<PitchStep> sequenceView = FXCollections.unmodifiableObservableList(sequence);
    private final ObservableList<Coach> order = FXCollections.observableArrayList();
    private final ObservableList<Coach> orderView = FXCollections.unmodifiableObservableList(order);
    private final ReadOnlyObjectWrapper<RoomView> wall = new ReadOnlyObjectWrapper<>(RoomView.OVERVIEW);
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<CoachingPlan> plan = new ReadOnlyObjectWrapper<>(CoachingPlan.DEFAULT);
    private final ReadOnlyObjectWrapper<Coach> asked = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Question> questions = FXCollections.observableArrayList();
    private final ObservableList<Question> questionsView = FXCollections.unmodifiableObservableList(questions);
    private final ReadOnlyObjectWrapper<Message> problem = new ReadOnlyObjectWrapper<>();
    private Coaching seen;

    PitchViewModel(SessionModel model, Clock clock, Supplier<String> ids, I18n roomI18n) {
        this.model = model;
        this.clock = clock;
        this.ids = ids;
        this.roomI18n = roomI18n;
        asked.addListener((obs, o, n) -> refreshQuestions(model.session().coaching()));
    }

    void update(Session s) {
        Coaching c = s.coaching();
        if (c == seen) {
            return;
        }
        seen = c;
        List<PitchStep> steps = new ArrayList<>();
        for (Coach coach : c.inPitchOrder()) {
            steps.add(new PitchStep(CoachingStep.PITCH, coach));
            if (c.plan().hasQuestions()) {
                steps.add(new PitchStep(CoachingStep.QUESTIONS, coach));
            }
        }
        ListPatch.apply(sequence, steps);
        ListPatch.apply(order, c.inPitchOrder());
        plan.set(c.plan());
        wall.set(c.view());
        current.set(indexOf(c.view()));
        // The questions follow the coach on the wall; otherwise they stay with the coach chosen last.
        Coach onWall = c.view().step().hasCoach() ? c.coach(c.view().coachId()).orElse(null) : null;
        Coach keep = asked.get() == null ? null : c.coach(asked.get().id()).orElse(null);
        asked.set(onWall != null ? onWall : keep != null ? keep : c.inPitchOrder().stream().findFirst().orElse(null));
        refreshQuestions(c);
    }

    private void refreshQuestions(Coaching c) {
        ListPatch.apply(questions, asked.get() == null ? List.of() : c.questionsFor(asked.get().id()));
    }

    private int indexOf(RoomView view) {
        for (int i = 0; i < sequence.size(); i++) {
            if (sequence.get(i).view().equals(view)) {
                return i;
            }
        }
        return view.step() == CoachingStep.RANKING || view.step() == CoachingStep.ANNOUNCEMENT ? sequence.size() : -1;
    }

    public ObservableList<PitchStep> sequence() {
        return sequenceView;
    }

    /** The coaches in pitch order. */
    public ObservableList<Coach> order() {
        return orderView;
    }

    /** What the wall shows now. */
    public ReadOnlyObjectProperty<RoomView> wallProperty() {
        return wall.getReadOnlyProperty();
    }

    /** The step of the sequence on the wall: -1 before the first pitch, the sequence's length after the last. */
    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CoachingPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Message> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The next step: the first pitch, the questions after a pitch, the next pitch; after the last, the ranking. */
    public boolean next() {
        int i = current.get();
        if (sequence.isEmpty()) {
            problem.set(Message.of("coaching.problem.noCoaches"));
            return false;
        }
        if (i >= sequence.size()) {
            return false; // the ranking or the announcement: the pitches are over
        }
        return i + 1 < sequence.size() ? show(sequence.get(i + 1)) : showRanking();
    }

    /** The step before; from the first pitch back to the coaches' overview. */
    public boolean previous() {
        int i = current.get();
        if (wall.get().step() == CoachingStep.ANNOUNCEMENT) {
            return showRanking();
        }
        if (i <= 0) {
            return wall.get().step() != CoachingStep.OVERVIEW && showOverview();
        }
        return show(sequence.get(Math.min(i, sequence.size()) - 1));
    }

    /** Shows a step and restarts the free timer with its minutes. */
    public boolean show(PitchStep step) {
        CoachingPlan p = plan.get();
        boolean pitch = step.kind() == CoachingStep.PITCH;
        String label = roomI18n.t(pitch ? "coaching.timer.pitch" : "coaching.timer.questions", step.coach().name());
        if (Texts.length(label) > FreeTimer.MAX_LABEL) {
            label = label.substring(0, label.offsetByCodePoints(0, FreeTimer.MAX_LABEL - 1)) + "…";
        }
        FreeTimer timer = new FreeTimer(pitch ? p.pitchMinutes() : p.qaMinutes(), label, Timing.startedAt(clock.instant()));
        return model.tryApply(new ShowCoachingStep(step.view(), timer, true), problem::set);
    }

    public boolean showOverview() {
        return showStep(RoomView.OVERVIEW);
    }

    public boolean showRanking() {
        return showStep(RoomView.of(CoachingStep.RANKING));
    }

    /** A step without a timer of its own; a pitch or question timer stops. */
    boolean showStep(RoomView view) {
        boolean fromTimedStep = wall.get().step().hasCoach();
        return model.tryApply(ShowCoachingStep.of(view, fromTimedStep), problem::set);
    }

    public boolean move(String coachId, int by) {
        List<String> ids = new ArrayList<>(seen.pitchOrder());
        int from = ids.indexOf(coachId);
        int to = from + by;
        if (from < 0 || to < 0 || to >= ids.size()) {
            return false;
        }
        ids.add(to, ids.remove(from));
        return model.tryApply(new SetPitchOrder(ids, null), problem::set);
    }

    /** A random pitch order drawn from {@code seed} (kept for the minutes). */
    public boolean draw(long seed) {
        return model.tryApply(SetPitchOrder.drawn(seen.pitchOrder(), seed), problem::set);
    }

    public boolean setMinutes(int pitchMinutes, int qaMinutes) {
        CoachingPlan p = plan.get();
        return model.tryApply(new SetCoachingPlan(new CoachingPlan(pitchMinutes, qaMinutes, p.ballotLength(),
                p.countsOnly())), problem::set);
    }

    /** The coach whose questions are listed (the one on the wall, or the one chosen). */
    public ReadOnlyObjectProperty<Coach> askedProperty() {
        return asked.getReadOnlyProperty();
    }

    public void askCoach(Coach coach) {
        asked.set(coach);
    }

    public ObservableList<Question> questions() {
        return questionsView;
    }

    public boolean ask(String text, String askedBy) {
        if (asked.get() == null) {
            problem.set(Message.of("coaching.problem.noCoaches"));
            return false;
        }
        return model.tryApply(new AddQuestion(new Question(ids.get(), asked.get().id(), text, askedBy, false,
                clock.instant(), model.session().coaching().nextQuestionNumber())), problem::set);
    }

    public boolean answered(String questionId, boolean answered) {
        return model.tryApply(new SetQuestionAnswered(questionId, answered), problem::set);
    }

    public boolean removeQuestion(String questionId) {
        return model.tryApply(new RemoveQuestion(questionId), problem::set);
    }
}
