package org.zielbild.assign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Medium problems (10-40 participants) against the big-weight oracle: long augmenting paths, many ties. */
class AssignmentEngineOracleTest {

    static LongStream seeds() {
        return LongStream.range(0, 400);
    }

    @ParameterizedTest(name = "instance seed {0}")
    @MethodSource("seeds")
    void profileEqualsTheOraclesForEveryPolicy(long seed) {
        AssignmentProblem problem = generate(seed);
        for (Policy policy : Policy.values()) {
            AssignmentChecks.assertReachesOptimum(problem, policy, seed, BigWeightOracle.solve(problem, policy),
                    "instance seed " + seed + ", " + policy.label());
        }
    }

    @Test
    void mostGeneratedProblemsAreFeasible() {
        long feasible = seeds().filter(seed -> BigWeightOracle.solve(generate(seed), Policy.FAIR).isPresent()).count();
        assertThat(feasible).isBetween(300L, 399L);
    }

    /** Contested coaches (popularity 1/k), partial ballots, a few locks and forbidden pairs, little slack. */
    private static AssignmentProblem generate(long seed) {
        Random random = new Random(seed);
        int n = 10 + random.nextInt(31);
        int m = 3 + random.nextInt(4);
        List<Coach> coaches = new ArrayList<>();
        int places = n + random.nextInt(4);
        for (int c = 0; c < m; c++) {
            coaches.add(new Coach("C" + c, places / m + (c < places % m ? 1 : 0)));
        }
        List<CoachRanking> ballots = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            List<String> order = new ArrayList<>();
            for (int c = 0; c < m; c++) {
                order.add("C" + c);
            }
            // Popular coaches tend to come first: sort by a random key skewed by the coach number.
            List<Double> keys = new ArrayList<>();
            for (int c = 0; c < m; c++) {
                keys.add(random.nextDouble() * (c + 1));
            }
            order.sort((a, b) -> Double.compare(keys.get(Integer.parseInt(a.substring(1))),
                    keys.get(Integer.parseInt(b.substring(1)))));
            ballots.add(new CoachRanking("P" + p, order.subList(0, random.nextInt(m + 1))));
        }
        List<String> participants = new ArrayList<>(ballots.stream().map(CoachRanking::participant).toList());
        Collections.shuffle(participants, random);
        List<Lock> locks = new ArrayList<>();
        List<ForbiddenPair> forbidden = new ArrayList<>();
        for (int i = 0; i < random.nextInt(3); i++) {
            locks.add(new Lock(participants.get(i), "C" + random.nextInt(m)));
        }
        for (int i = 0; i < random.nextInt(6); i++) {
            forbidden.add(new ForbiddenPair(participants.get(random.nextInt(n)), "C" + random.nextInt(m)));
        }
        return new AssignmentProblem(coaches, ballots, locks, forbidden);
    }
}
