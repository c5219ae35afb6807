package org.zielbild.ui.modules.coaching;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.domain.coaching.AddForbiddenPair;
import org.zielbild.domain.coaching.AssignmentRun;
import org.zielbild.domain.coaching.Coaching;
import org.zielbild.domain.coaching.CoachingPlan;
import org.zielbild.domain.coaching.CoachingPolicy;
import org.zielbild.domain.coaching.CoachingStep;
import org.zielbild.domain.coaching.ForbiddenPair;
import org.zielbild.domain.coaching.PlacementKind;
import org.zielbild.domain.coaching.RecordAssignmentRun;
import org.zielbild.domain.coaching.RoomView;
import org.zielbild.domain.coaching.RunCoach;
import org.zielbild.domain.coaching.RunPlacement;
import org.zielbild.domain.coaching.SetCoachingPlan;
import org.zielbild.domain.coaching.SetPin;
import org.zielbild.domain.coaching.ShowCoachingStep;
import org.zielbild.domain.roster.Roster;
import org.zielbild.ui.common.ListPatch;
import org.zielbild.ui.common.SessionModel;
import org.zielbild.ui.modules.coaching.assignment.AssignmentAdapter;
import org.zielbild.ui.modules.coaching.assignment.AssignmentInput;
import org.zielbild.ui.modules.coaching.assignment.Explanation;
import org.zielbild.ui.modules.coaching.assignment.WhyThisCoach;

/**
 * The assignment: computed through {@link AssignmentAdapter} with the chosen policy and seed, recorded
 * as a run (undo takes it back), shown per coach with the free places and the three groups kept apart.
 * Pins and forbidden pairs are session data, so every recompute keeps them; a result whose input has
 * changed since (a pin, a ballot, a capacity) is marked out of date until it is computed again.
 */
public final class ResultViewModel {

    private final SessionModel model;
    private final Clock clock;
    private final Supplier<String> ids;
    private final ObjectProperty<CoachingPolicy> policy = new SimpleObjectProperty<>(CoachingPolicy.RANK_MAXIMAL);
    private final LongProperty seed = new SimpleLongProperty(0);
    private final ReadOnlyObjectWrapper<AssignmentRun> run = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper announced = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Message> problem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<Message>> summary = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<CoachingPlan> plan = new ReadOnlyObjectWrapper<>(CoachingPlan.DEFAULT);
    private final ObservableList<CoachGroup> groups = FXCollections.observableArrayList();
    /** Held once: a read-only view made per call would be collected together with the listeners on it. */
    private final ObservableList<CoachGroup> groupsView = FXCollections.unmodifiableObservableList(groups);
    private final ObservableList<RunPlacement> notVoted = FXCollections.observableArrayList();
    private final ObservableList<RunPlacement> notVotedView = FXCollections.unmodifiableObservableList(notVoted);
    private final ObservableList<AssignmentRun> runs = FXCollections.observableArrayList();
    private final ObservableList<AssignmentRun> runsView = FXCollections.unmodifiableObservableList(runs);
    private AssignmentAdapter.Computed computed;
    private Coaching seenCoaching;
    private Roster seenRoster;

    ResultViewModel(SessionModel model, Clock clock, Supplier<String> ids) {
        this.model = model;
        this.clock = clock;
        this.ids = ids;
    }

    void update(Session s) {
        Coaching c = s.coaching();
        if (c == seenCoaching && s.roster() == seenRoster) {
            return;
        }
        boolean firstLook = seenCoaching == null;
        seenCoaching = c;
        seenRoster = s.roster();
        plan.set(c.plan());
        announced.set(c.view().step() == CoachingStep.ANNOUNCEMENT);
        ListPatch.apply(runs, c.runs());
        AssignmentRun latest = c.latestRun().orElse(null);
        if (latest != null && firstLook) {
            policy.set(latest.policy());
            seed.set(latest.seed());
        }
        stale.set(latest != null && !matches(s, latest));
        if (latest != run.get()) {
            // Everything about the run first: views that follow the run read the rest when it changes.
            summary.set(latest == null ? List.of() : ResultSummary.of(latest));
            List<CoachGroup> byCoach = new ArrayList<>();
            if (latest != null) {
                for (RunCoach coach : latest.coaches()) {
                    byCoach.add(new CoachGroup(coach, latest.group(coach.coachId())));
                }
            }
            ListPatch.apply(groups, byCoach);
            ListPatch.apply(notVoted, latest == null ? List.of()
                    : latest.placements().stream().filter(p -> p.kind() == PlacementKind.NOT_VOTED).toList());
            run.set(latest);
        }
    }

    /**
     * Whether {@code latest} is what the engine gives for the session as it is now. Our own last
     * computation is compared by its input; a run recorded elsewhere (a reopened session, an undo
     * that brought an older run back) is computed again once and compared by its placements.
     */
    private boolean matches(Session s, AssignmentRun latest) {
        AssignmentInput input = AssignmentInput.of(s);
        if (computed != null && computed.run() == latest) {
            return computed.input().problem().equals(input.problem());
        }
        computed = null;
        if (AssignmentAdapter.compute(input, latest.policy(), latest.seed(), latest.id(), latest.at())
                instanceof AssignmentAdapter.Computed again && again.run().equals(latest)) {
            computed = new AssignmentAdapter.Computed(latest, again.engine(), input);
            return true;
        }
        return false;
    }

    public ObjectProperty<CoachingPolicy> policyProperty() {
        return policy;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    /** The current result: the latest computed run; null before the first. */
    public ReadOnlyObjectProperty<AssignmentRun> runProperty() {
        return run.getReadOnlyProperty();
    }

    /** The result no longer fits the session (a pin, a ballot, a capacity changed): compute again. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty announcedProperty() {
        return announced.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Message> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The result in sentences ("16 got their 1st choice, 7 their 2nd."). */
    public ReadOnlyObjectProperty<List<Message>> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CoachingPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ObservableList<CoachGroup> groups() {
        return groupsView;
    }

    /** Who did not vote, and where they were placed. */
    public ObservableList<RunPlacement> notVoted() {
        return notVotedView;
    }

    /** Every computed run, oldest first (for the record). */
    public ObservableList<AssignmentRun> runs() {
        return runsView;
    }

    /** How the current result was computed (time, policy, seed); null before the first. */
    public Message how() {
        return run.get() == null ? null : ResultSummary.how(run.get());
    }

    /** Computes with the chosen policy and seed and records the run; a refusal says what to change. */
    public boolean compute() {
        AssignmentAdapter.Outcome outcome = AssignmentAdapter.compute(model.session(), policy.get(), seed.get(),
                ids.get(), clock.instant());
        if (outcome instanceof AssignmentAdapter.Refused refused) {
            problem.set(refused.reason());
            return false;
        }
        AssignmentAdapter.Computed done = (AssignmentAdapter.Computed) outcome;
        computed = done;
        return model.tryApply(RecordAssignmentRun.latest(done.run()), problem::set);
    }

    /** "Why this coach" for one participant; empty while the result is out of date or before the first. */
    public Optional<Explanation> why(String participantId) {
        if (computed == null || stale.get() || computed.run() != run.get()
                || computed.run().placementOf(participantId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(WhyThisCoach.explain(computed, participantId));
    }

    /** Pins a person to a coach (null: takes the pin away); the next computation keeps it. */
    public boolean pin(String participantId, String coachId) {
        return model.tryApply(new SetPin(participantId, coachId), problem::set);
    }

    public boolean forbid(String participantId, String coachId) {
        return model.tryApply(new AddForbiddenPair(new ForbiddenPair(participantId, coachId)), problem::set);
    }

    public Optional<String> pinOf(String participantId) {
        return model.session().coaching().pinOf(participantId).map(p -> p.coachId());
    }

    /** Shows the groups on the wall, or takes them off (back to the ranking). */
    public boolean announce(boolean show) {
        if (show && stale.get()) {
            problem.set(Message.of("coaching.result.staleAnnounce"));
            return false;
        }
        boolean fromTimed = model.session().coaching().view().step().hasCoach();
        return model.tryApply(ShowCoachingStep.of(RoomView.of(show ? CoachingStep.ANNOUNCEMENT : CoachingStep.RANKING),
                fromTimed), problem::set);
    }

    public boolean countsOnly(boolean countsOnly) {
        CoachingPlan p = plan.get();
        return model.tryApply(new SetCoachingPlan(new CoachingPlan(p.pitchMinutes(), p.qaMinutes(), p.ballotLength(),
                countsOnly)), problem::set);
    }

    /** Shows a problem found outside the view-model (a seed that is not a number). */
    public void report(Message message) {
        problem.set(message);
    }

    public void clearProblem() {
        problem.set(null);
    }
}
