package org.zielbild.assign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Small problems whose best answers were worked out by hand (reasoning in the comments). */
class AssignmentEngineExamplesTest {

    private static List<Coach> coaches(String names, int capacity) {
        return names.chars().mapToObj(c -> new Coach(String.valueOf((char) c), capacity)).toList();
    }

    private static Profile profile(int unranked, Integer... byRank) {
        return new Profile(List.of(byRank), unranked);
    }

    /*
     * Five people, five coaches with one place each:
     *   P1: D E C B A   P2: E C A D B   P3: D C A B E   P4: D B E C A   P5: B D C A E
     * D is the first choice of P1, P3 and P4, so at most three get their first choice (D, plus E for
     * P2 and B for P5); the two of P1/P3/P4 without D share A and C. Of those splits only
     * "P1 gets D, P3 gets C (2nd), P4 gets A (5th)" or "P4 gets D, P3 gets C, P1 gets A (5th)" give a
     * 2nd choice: rank-maximal = 3 x 1st, 1 x 2nd, 1 x 5th (sum 10).
     * Everyone within the top 2 is impossible (P1, P3, P4, P5 would need B..E and P2 too), so the
     * worst rank is at least 3; one 3rd choice with two 2nd choices works (P1 E, P4 D, P5 B, and
     * P2/P3 share A and C either way), one 3rd with only one 2nd does not:
     * fair = 2 x 1st, 2 x 2nd, 1 x 3rd (sum 9).
     * "P4 gets D, P1 gets C (3rd), P3 gets A (3rd)" also sums to 9 with three 1st choices, and
     * nothing sums to less (that would need a profile fair would have preferred):
     * sum = 3 x 1st, 2 x 3rd.
     */
    private static final AssignmentProblem THREE_POLICIES = AssignmentProblem.of(coaches("ABCDE", 1), List.of(
            CoachRanking.of("P1", "D", "E", "C", "B", "A"),
            CoachRanking.of("P2", "E", "C", "A", "D", "B"),
            CoachRanking.of("P3", "D", "C", "A", "B", "E"),
            CoachRanking.of("P4", "D", "B", "E", "C", "A"),
            CoachRanking.of("P5", "B", "D", "C", "A", "E")));

    @Test
    void rankMaximalTakesTheMostFirstChoices() {
        Assignment result = AssignmentEngine.assign(THREE_POLICIES, Policy.RANK_MAXIMAL);
        assertThat(result.profile()).isEqualTo(profile(0, 3, 1, 0, 0, 1));
        Map<String, String> coachOf = AssignmentChecks.coachByParticipant(result);
        assertThat(coachOf).containsEntry("P2", "E").containsEntry("P5", "B").containsEntry("P3", "C");
    }

    @Test
    void fairAvoidsTheWorstRanks() {
        Assignment result = AssignmentEngine.assign(THREE_POLICIES, Policy.FAIR);
        assertThat(result.profile()).isEqualTo(profile(0, 2, 2, 1));
        Map<String, String> coachOf = AssignmentChecks.coachByParticipant(result);
        assertThat(coachOf).containsEntry("P1", "E").containsEntry("P4", "D").containsEntry("P5", "B");
        assertThat(List.of(coachOf.get("P2"), coachOf.get("P3"))).containsExactlyInAnyOrder("A", "C");
    }

    @Test
    void sumMinimisesTheRankTotalAndBreaksTiesRankMaximal() {
        Assignment result = AssignmentEngine.assign(THREE_POLICIES, Policy.SUM);
        assertThat(result.profile()).isEqualTo(profile(0, 3, 0, 2));
        assertThat(AssignmentChecks.coachByParticipant(result))
                .isEqualTo(Map.of("P1", "C", "P2", "E", "P3", "A", "P4", "D", "P5", "B"));
    }

    @ParameterizedTest
    @EnumSource(Policy.class)
    void partialBallotsForceUnrankedPlacements(Policy policy) {
        // Everybody ranks only A, which has one place: two must go to B, unranked.
        AssignmentProblem problem = AssignmentProblem.of(List.of(new Coach("A", 1), new Coach("B", 2)),
                List.of(CoachRanking.of("X", "A"), CoachRanking.of("Y", "A"), CoachRanking.of("Z", "A")));
        Assignment result = AssignmentEngine.assign(problem, policy);
        assertThat(result.profile()).isEqualTo(profile(2, 1));
        assertThat(result.byCoach().get("A")).hasSize(1);
        assertThat(result.byCoach().get("B")).hasSize(2);
        assertThat(result.placements()).filteredOn(p -> p.coach().equals("B")).allMatch(p -> !p.isRanked());
    }

    @ParameterizedTest
    @EnumSource(Policy.class)
    void fewerUnrankedBeatsMoreFirstChoices(Policy policy) {
        // P2 and P3 could both have their 1st choice, but only by sending P1 (who ranks only A) to C.
        AssignmentProblem problem = AssignmentProblem.of(coaches("ABC", 1),
                List.of(CoachRanking.of("P1", "A"), CoachRanking.of("P2", "A", "B"), CoachRanking.of("P3", "B", "C")));
        Assignment result = AssignmentEngine.assign(problem, policy);
        assertThat(AssignmentChecks.coachByParticipant(result)).isEqualTo(Map.of("P1", "A", "P2", "B", "P3", "C"));
        assertThat(result.profile()).isEqualTo(profile(0, 1, 2));
    }

    @Test
    void aLockIsKeptAndTheOthersAdapt() {
        AssignmentProblem problem = AssignmentProblem.of(coaches("AB", 1),
                        List.of(CoachRanking.of("P1", "A", "B"), CoachRanking.of("P2", "A", "B")))
                .withLocks(List.of(new Lock("P2", "A")));
        Assignment result = AssignmentEngine.assign(problem, Policy.RANK_MAXIMAL);
        assertThat(result.placements()).containsExactly(
                new Placement("P1", "B", 2, false), new Placement("P2", "A", 1, true));
    }

    @Test
    void aLockMayPlaceSomeoneUnranked() {
        AssignmentProblem problem = AssignmentProblem.of(coaches("AB", 2), List.of(CoachRanking.of("P1", "A")))
                .withLocks(List.of(new Lock("P1", "B")));
        Assignment result = AssignmentEngine.assign(problem, Policy.FAIR);
        assertThat(result.placements()).containsExactly(new Placement("P1", "B", Placement.UNRANKED, true));
        assertThat(result.profile()).isEqualTo(profile(1));
    }

    @Test
    void aForbiddenPairIsAvoidedEvenAgainstTheBallot() {
        AssignmentProblem problem = AssignmentProblem.of(coaches("AB", 2),
                        List.of(CoachRanking.of("P1", "A"), CoachRanking.of("P2", "A"), CoachRanking.of("P3", "A")))
                .withForbidden(List.of(new ForbiddenPair("P1", "A")));
        Assignment result = AssignmentEngine.assign(problem, Policy.RANK_MAXIMAL);
        assertThat(result.byCoach()).isEqualTo(Map.of("A", List.of("P2", "P3"), "B", List.of("P1")));
        assertThat(result.profile()).isEqualTo(profile(1, 2));
    }

    @Test
    void aCoachMayEndUpWithNobody() {
        AssignmentProblem problem = AssignmentProblem.of(List.of(new Coach("A", 3), new Coach("B", 3)),
                List.of(CoachRanking.of("P1", "A", "B"), CoachRanking.of("P2", "A")));
        Assignment result = AssignmentEngine.assign(problem, Policy.SUM, 42);
        assertThat(result.byCoach()).containsExactly(Map.entry("A", List.of("P1", "P2")), Map.entry("B", List.of()));
        assertThat(result.seed()).isEqualTo(42);
        assertThat(result.policy()).isEqualTo(Policy.SUM);
    }

    @Test
    void nobodyToAssignIsNotAnError() {
        Assignment result = AssignmentEngine.assign(AssignmentProblem.of(coaches("A", 0), List.of()), Policy.FAIR);
        assertThat(result.placements()).isEmpty();
        assertThat(result.profile()).isEqualTo(profile(0));
    }

    @Test
    void profileDescribesItselfInOneLine() {
        assertThat(profile(0, 15, 6, 2).describe()).isEqualTo("1st choice 15, 2nd choice 6, 3rd choice 2, unranked 0");
        assertThat(profile(3, 1, 0, 4).describe()).isEqualTo("1st choice 1, 3rd choice 4, unranked 3");
        assertThat(List.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111).stream().map(Profile::ordinal))
                .containsExactly("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st", "111th");
    }
}
