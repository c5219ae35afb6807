package org.zielbild.domain.coaching;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Texts;

/**
 * The coach pitch and vote of a session: the coaches, the pitch order and plan, what the wall
 * shows, the questions asked, the secret ballots, the facilitator's pins and forbidden pairs, every
 * computed assignment and every time a ballot was explicitly shown. Lists that have no order of
 * their own are kept sorted (by participant, in the order asked), so undo and replay give equal values
 * and the ballots' order tells nobody who voted first.
 *
 * @param pitchOrder  coach ids in the order they pitch (always every coach once)
 * @param orderSeed   the seed the pitch order was drawn with; null when it was chosen by hand
 * @param runs        computed assignments, oldest first; the last one is the current result
 */
public record Coaching(List<Coach> coaches, List<String> pitchOrder, Long orderSeed, CoachingPlan plan, RoomView view,
                       List<ForbiddenPair> forbidden, List<Pin> pins, List<Question> questions,
                       List<CoachBallot> ballots, List<AssignmentRun> runs, List<BallotShown> ballotsShown) {

    public Coaching {
        coaches = coaches == null ? List.of() : List.copyOf(coaches);
        pitchOrder = pitchOrder == null ? List.of() : List.copyOf(pitchOrder);
        plan = plan == null ? CoachingPlan.DEFAULT : plan;
        view = view == null ? RoomView.OVERVIEW : view;
        forbidden = forbidden == null ? List.of() : forbidden.stream().sorted(ForbiddenPair.ORDER).toList();
        pins = pins == null ? List.of() : pins.stream().sorted(Comparator.comparing(Pin::participantId)).toList();
        questions = questions == null ? List.of() : questions.stream().sorted(Question.ORDER).toList();
        ballots = ballots == null ? List.of()
                : ballots.stream().sorted(Comparator.comparing(CoachBallot::participantId)).toList();
        runs = runs == null ? List.of() : List.copyOf(runs);
        ballotsShown = ballotsShown == null ? List.of() : List.copyOf(ballotsShown);
    }

    public static Coaching empty() {
        return new Coaching(null, null, null, null, null, null, null, null, null, null, null);
    }

    // --- coaches ---

    public Optional<Coach> coach(String id) {
        return coaches.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Coach requireCoach(String id) {
        return coach(id).orElseThrow(() -> DomainException.of("error.coaching.noCoach"));
    }

    /** The coach with this name, ignoring case and Unicode form (names are unique that way). */
    public Optional<Coach> coachNamed(String name) {
        String key = Texts.identityKey(Texts.singleLine(name));
        return coaches.stream().filter(c -> Texts.hasIdentityKey(c.name(), key)).findFirst();
    }

    public int indexOfCoach(String id) {
        for (int i = 0; i < coaches.size(); i++) {
            if (coaches.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    public Set<String> coachIds() {
        return coaches.stream().map(Coach::id).collect(Collectors.toUnmodifiableSet());
    }

    /** The coaches in pitch order. */
    public List<Coach> inPitchOrder() {
        return pitchOrder.stream().map(this::coach).flatMap(Optional::stream).toList();
    }

    public int totalCapacity() {
        return coaches.stream().mapToInt(Coach::capacity).sum();
    }

    // --- pins, forbidden pairs, questions ---

    public Optional<Pin> pinOf(String participantId) {
        return pins.stream().filter(p -> p.participantId().equals(participantId)).findFirst();
    }

    public long pinnedTo(String coachId) {
        return pins.stream().filter(p -> p.coachId().equals(coachId)).count();
    }

    public boolean isForbidden(String participantId, String coachId) {
        return forbidden.contains(new ForbiddenPair(participantId, coachId));
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /** The number the next question gets: one more than any so far. */
    public int nextQuestionNumber() {
        return questions.stream().mapToInt(Question::number).max().orElse(0) + 1;
    }

    /** The questions for a coach, in the order asked. */
    public List<Question> questionsFor(String coachId) {
        return questions.stream().filter(q -> q.coachId().equals(coachId)).toList();
    }

    // --- ballots and runs ---

    public Optional<CoachBallot> ballotOf(String participantId) {
        return ballots.stream().filter(b -> b.participantId().equals(participantId)).findFirst();
    }

    public boolean hasVoted(String participantId) {
        return ballotOf(participantId).isPresent();
    }

    /** The current result: the latest computed run. */
    public Optional<AssignmentRun> latestRun() {
        return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(runs.size() - 1));
    }

    public Optional<AssignmentRun> run(String id) {
        return runs.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    // --- package-private: the slice's changes build new values through these ---

    Coaching withCoaches(List<Coach> newCoaches, List<String> newOrder) {
        return new Coaching(newCoaches, newOrder, orderSeed, plan, view, forbidden, pins, questions, ballots, runs,
                ballotsShown);
    }

    Coaching withPitchOrder(List<String> newOrder, Long newSeed) {
        return new Coaching(coaches, newOrder, newSeed, plan, view, forbidden, pins, questions, ballots, runs,
                ballotsShown);
    }

    Coaching withPlan(CoachingPlan newPlan) {
        return new Coaching(coaches, pitchOrder, orderSeed, newPlan, view, forbidden, pins, questions, ballots, runs,
                ballotsShown);
    }

    Coaching withView(RoomView newView) {
        return new Coaching(coaches, pitchOrder, orderSeed, plan, newView, forbidden, pins, questions, ballots, runs,
                ballotsShown);
    }

    Coaching withForbidden(List<ForbiddenPair> newForbidden) {
        return new Coaching(coaches, pitchOrder, orderSeed, plan, view, newForbidden, pins, questions, ballots, runs,
                ballotsShown);
    }

    Coaching withPins(List<Pin> newPins) {
        return new Coaching(coaches, pitchOrder, orderSeed, plan, view, forbidden, newPins, questions, ballots, runs,
                ballotsShown);
    }

    Coaching withQuestions(List<Question> newQuestions) {
        return new Coaching(coaches, pitchOrder, orderSeed, plan, view, forbidden, pins, newQuestions, ballots, runs,
                ballotsShown);
    }

    Coaching withBallots(List<CoachBallot> newBallots) {
        return new Coaching(coaches, pitchOrder, orderSeed, plan, view, forbidden, pins, questions, newBallots, runs,
                ballotsShown);
    }

    Coaching withRuns(List<AssignmentRun> newRuns) {
        return new Coaching(coaches, pitchOrder, orderSeed, plan, view, forbidden, pins, questions, ballots, newRuns,
                ballotsShown);
    }

    Coaching withBallotsShown(List<BallotShown> newShown) {
        return new Coaching(coaches, pitchOrder, orderSeed, plan, view, forbidden, pins, questions, ballots, runs,
                newShown);
    }
}
