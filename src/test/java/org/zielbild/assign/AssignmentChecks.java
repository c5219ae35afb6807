package org.zielbild.assign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks an engine result against the problem without trusting anything the engine computed. */
final class AssignmentChecks {

    private AssignmentChecks() {
    }

    static void assertValid(AssignmentProblem problem, Assignment result, String context) {
        List<Placement> placements = result.placements();
        assertThat(placements).as(context + ": one placement per ballot").hasSize(problem.ballots().size());
        Map<String, Integer> load = new HashMap<>();
        for (int p = 0; p < placements.size(); p++) {
            Placement placement = placements.get(p);
            CoachRanking ballot = problem.ballots().get(p);
            assertThat(placement.participant()).as(context + ": ballot order").isEqualTo(ballot.participant());
            int expectedRank = ballot.ranking().indexOf(placement.coach()) + 1;
            assertThat(placement.rank()).as(context + ": rank of " + placement).isEqualTo(expectedRank);
            load.merge(placement.coach(), 1, Integer::sum);
        }
        for (Coach coach : problem.coaches()) {
            assertThat(load.getOrDefault(coach.name(), 0)).as(context + ": load of " + coach.name())
                    .isLessThanOrEqualTo(coach.capacity());
            assertThat(result.byCoach().get(coach.name())).as(context + ": byCoach " + coach.name())
                    .hasSize(load.getOrDefault(coach.name(), 0));
        }
        Map<String, String> coachOf = new HashMap<>();
        placements.forEach(pl -> coachOf.put(pl.participant(), pl.coach()));
        result.byCoach().forEach((coach, names) -> names.forEach(name ->
                assertThat(coachOf.get(name)).as(context + ": byCoach lists " + name).isEqualTo(coach)));
        for (Lock lock : problem.locks()) {
            assertThat(coachOf.get(lock.participant())).as(context + ": " + lock).isEqualTo(lock.coach());
        }
        for (ForbiddenPair pair : problem.forbidden()) {
            assertThat(coachOf.get(pair.participant())).as(context + ": " + pair).isNotEqualTo(pair.coach());
        }
        assertThat(result.profile()).as(context + ": reported profile").isEqualTo(Profile.of(placements));
    }

    /**
     * The engine refuses exactly when the reference solver finds no assignment ({@code optimum}
     * empty), and otherwise returns a valid assignment with the optimal profile.
     */
    static void assertReachesOptimum(AssignmentProblem problem, Policy policy, long seed, Optional<Profile> optimum,
                                     String context) {
        if (optimum.isEmpty()) {
            assertThatThrownBy(() -> AssignmentEngine.assign(problem, policy, seed))
                    .as(context + ": the reference finds no feasible assignment")
                    .isInstanceOf(AssignmentException.class);
            return;
        }
        Assignment result = assign(problem, policy, seed, context);
        assertValid(problem, result, context);
        assertThat(result.profile()).as(context).isEqualTo(optimum.get());
    }

    /** Runs the engine on a problem known to be feasible; a refusal fails the test with the engine's reason. */
    static Assignment assign(AssignmentProblem problem, Policy policy, long seed, String context) {
        try {
            return AssignmentEngine.assign(problem, policy, seed);
        } catch (AssignmentException e) {
            return fail(context + ": the reference finds a feasible assignment but the engine says: " + e.getMessage());
        }
    }

    static Map<String, String> coachByParticipant(Assignment result) {
        Map<String, String> coachOf = new HashMap<>();
        result.placements().forEach(pl -> coachOf.put(pl.participant(), pl.coach()));
        return coachOf;
    }
}
