package org.zielbild.assign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The engine against brute force on small random problems; each case names its seed. */
class AssignmentEnginePropertyTest {

    private static final int CASES = 1000;

    static LongStream seeds() {
        return LongStream.range(0, CASES);
    }

    @ParameterizedTest(name = "instance seed {0}")
    @MethodSource("seeds")
    void matchesBruteForceForEveryPolicy(long seed) {
        AssignmentProblem problem = RandomInstances.generate(seed);
        Optional<Map<Policy, BruteForce.Outcome>> best = BruteForce.solve(problem);
        for (Policy policy : Policy.values()) {
            AssignmentChecks.assertReachesOptimum(problem, policy, 0, best.map(b -> b.get(policy).toProfile()),
                    "instance seed " + seed + ", " + policy.label() + ", " + problem);
        }
    }

    @ParameterizedTest(name = "instance seed {0}")
    @MethodSource("seeds")
    void sameSeedSameAssignmentOtherSeedsEquallyGood(long seed) {
        AssignmentProblem problem = feasibleInstance(seed);
        for (Policy policy : Policy.values()) {
            String context = "instance seed " + seed + ", " + policy.label();
            Assignment first = AssignmentChecks.assign(problem, policy, 7, context);
            assertThat(AssignmentChecks.assign(problem, policy, 7, context)).as(context).isEqualTo(first);
            Assignment other = AssignmentChecks.assign(problem, policy, 8, context);
            assertThat(other.profile()).as(context + ", seed 8").isEqualTo(first.profile());
            AssignmentChecks.assertValid(problem, other, context + ", seed 8");
        }
    }

    @ParameterizedTest(name = "instance seed {0}")
    @MethodSource("seeds")
    void inputOrderDoesNotChangeTheAssignment(long seed) {
        AssignmentProblem problem = feasibleInstance(seed);
        AssignmentProblem shuffled = shuffled(problem, new Random(seed));
        for (Policy policy : Policy.values()) {
            String context = "instance seed " + seed + ", " + policy.label();
            Map<String, String> original = AssignmentChecks.coachByParticipant(
                    AssignmentChecks.assign(problem, policy, 3, context));
            assertThat(AssignmentChecks.coachByParticipant(AssignmentChecks.assign(shuffled, policy, 3, context)))
                    .as(context).isEqualTo(original);
        }
    }

    @Test
    void seedsBreakTiesDifferently() {
        // Ten people, all ranking A then B then C; A and B take five each: who gets A is pure tie.
        List<CoachRanking> ballots = new ArrayList<>();
        for (int p = 0; p < 10; p++) {
            ballots.add(CoachRanking.of("P" + p, "A", "B", "C"));
        }
        AssignmentProblem problem = AssignmentProblem.of(
                List.of(new Coach("A", 5), new Coach("B", 5), new Coach("C", 5)), ballots);
        List<Map<String, String>> outcomes = new ArrayList<>();
        for (long seed = 0; seed < 5; seed++) {
            Assignment result = AssignmentEngine.assign(problem, Policy.RANK_MAXIMAL, seed);
            assertThat(result.profile()).isEqualTo(new Profile(List.of(5, 5), 0));
            outcomes.add(AssignmentChecks.coachByParticipant(result));
        }
        assertThat(outcomes.stream().distinct().count()).as("distinct assignments over 5 seeds").isGreaterThan(1);
    }

    @Test
    void generatorCoversFeasibleAndInfeasibleProblems() {
        long infeasible = seeds().filter(seed -> BruteForce.solve(RandomInstances.generate(seed)).isEmpty()).count();
        assertThat(infeasible).isBetween(10L, CASES / 3L);
    }

    private static AssignmentProblem feasibleInstance(long seed) {
        AssignmentProblem problem = RandomInstances.generate(seed);
        assumeTrue(BruteForce.solve(problem).isPresent(), "no feasible assignment for instance seed " + seed);
        return problem;
    }

    private static AssignmentProblem shuffled(AssignmentProblem problem, Random random) {
        List<Coach> coaches = new ArrayList<>(problem.coaches());
        List<CoachRanking> ballots = new ArrayList<>(problem.ballots());
        Collections.shuffle(coaches, random);
        Collections.shuffle(ballots, random);
        return new AssignmentProblem(coaches, ballots, problem.locks(), problem.forbidden());
    }
}
