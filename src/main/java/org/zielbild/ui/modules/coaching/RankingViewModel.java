package org.zielbild.ui.modules.coaching;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.domain.coaching.BallotShown;
import org.zielbild.domain.coaching.CastCoachBallot;
import org.zielbild.domain.coaching.Coach;
import org.zielbild.domain.coaching.CoachBallot;
import org.zielbild.domain.coaching.Coaching;
import org.zielbild.domain.coaching.CoachingPlan;
import org.zielbild.domain.coaching.RecordBallotShown;
import org.zielbild.domain.coaching.SetCoachingPlan;
import org.zielbild.domain.coaching.WithdrawCoachBallot;
import org.zielbild.domain.roster.Participant;
import org.zielbild.ui.common.ListPatch;
import org.zielbild.ui.common.SessionModel;
import org.zielbild.ui.modules.coaching.imports.BallotImport;
import org.zielbild.ui.modules.coaching.imports.CoachingImportPlan;

/**
 * The secret ranking: who has chosen (never what), ballots cast on the ballot screen or imported,
 * withdrawn and redone, and the one recorded way to look at a ballot. Ballots of people no longer on
 * the roster and ballots that ranked a removed coach are pointed out, not silently dropped.
 */
public final class RankingViewModel {

    private final SessionModel model;
    private final Clock clock;
    private final ObservableList<VoterRow> voters = FXCollections.observableArrayList();
    /** Held once: a read-only view made per call would be collected together with the listeners on it. */
    private final ObservableList<VoterRow> votersView = FXCollections.unmodifiableObservableList(voters);
    private final ObservableList<String> orphans = FXCollections.observableArrayList();
    private final ObservableList<String> orphansView = FXCollections.unmodifiableObservableList(orphans);
    private final ReadOnlyIntegerWrapper voted = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper shortened = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<CoachingPlan> plan = new ReadOnlyObjectWrapper<>(CoachingPlan.DEFAULT);
    private final ReadOnlyObjectWrapper<Message> problem = new ReadOnlyObjectWrapper<>();
    private Session seen;

    RankingViewModel(SessionModel model, Clock clock) {
        this.model = model;
        this.clock = clock;
    }

    void update(Session s) {
        Coaching c = s.coaching();
        List<VoterRow> rows = new ArrayList<>();
        int count = 0;
        for (Participant p : s.roster().participants()) {
            boolean has = c.hasVoted(p.id());
            count += has ? 1 : 0;
            rows.add(new VoterRow(p, has));
        }
        ListPatch.apply(voters, rows);
        voted.set(count);
        ListPatch.apply(orphans, c.ballots().stream().map(CoachBallot::participantId)
                .filter(id -> s.roster().participant(id).isEmpty()).toList());
        shortened.set((int) c.ballots().stream().filter(b -> b.rankingAmong(c.coachIds()).size() < b.ranking().size()).count());
        plan.set(c.plan());
        seen = s;
    }

    /** Everyone on the roster and whether they have chosen. */
    public ObservableList<VoterRow> voters() {
        return votersView;
    }

    public ReadOnlyIntegerProperty votedProperty() {
        return voted.getReadOnlyProperty();
    }

    /** Ids of people who voted and have left the roster since: their ballots are not counted. */
    public ObservableList<String> orphans() {
        return orphansView;
    }

    /** Ballots that ranked a coach who has been removed since (their order is kept without that coach). */
    public ReadOnlyIntegerProperty shortenedProperty() {
        return shortened.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CoachingPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Message> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The coaches to rank, in pitch order (the ballot screen numbers them so). */
    public List<Coach> coaches() {
        return seen.coaching().inPitchOrder();
    }

    /** How many coaches a ballot on the ballot screen ranks. */
    public int ranksToGive() {
        return seen.coaching().plan().ranksToGive(seen.coaching().coaches().size());
    }

    public boolean hasVoted(String participantId) {
        return seen.coaching().hasVoted(participantId);
    }

    public boolean cast(String participantId, List<String> coachIds) {
        return model.tryApply(new CastCoachBallot(new CoachBallot(participantId, coachIds)), problem::set);
    }

    /** Takes a ballot back so the person can vote again (Ctrl+Z puts it back); also discards a removed person's. */
    public boolean withdraw(String participantId) {
        return model.tryApply(new WithdrawCoachBallot(participantId), problem::set);
    }

    /**
     * The facilitator's explicit look at one ballot: recorded in the session (who, when) before it is
     * returned, as coach names best first (a removed coach is left out).
     */
    public Optional<List<String>> showBallot(String participantId) {
        if (!model.tryApply(new RecordBallotShown(new BallotShown(participantId, clock.instant())), problem::set)) {
            return Optional.empty();
        }
        Coaching c = model.session().coaching();
        return c.ballotOf(participantId).map(b -> b.rankingAmong(c.coachIds()).stream()
                .map(id -> c.requireCoach(id).name()).toList());
    }

    public boolean setBallotLength(int length) {
        CoachingPlan p = plan.get();
        return model.tryApply(new SetCoachingPlan(new CoachingPlan(p.pitchMinutes(), p.qaMinutes(), length,
                p.countsOnly())), problem::set);
    }

    public CoachingImportPlan importPlan(String text) {
        return new BallotImport(model.session()).plan(text);
    }

    public boolean importBallots(CoachingImportPlan plan) {
        return plan.asChange().map(c -> model.tryApply(c, problem::set)).orElse(false);
    }

    /** Who is next on the ballot screen: the first after {@code after} (in roster order, wrapping) who has not chosen. */
    public Optional<Participant> nextVoter(String after) {
        int start = 0;
        for (int i = 0; i < voters.size(); i++) {
            if (voters.get(i).participant().id().equals(after)) {
                start = i + 1;
            }
        }
        for (int i = 0; i < voters.size(); i++) {
            VoterRow row = voters.get((start + i) % voters.size());
            if (!row.voted()) {
                return Optional.of(row.participant());
            }
        }
        return Optional.empty();
    }
}
