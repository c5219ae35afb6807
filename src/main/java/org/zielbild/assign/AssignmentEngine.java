package org.zielbild.assign;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes an optimal coach assignment: first as few participants as possible with a coach they
 * did not rank, then the best outcome for the {@link Policy}; among equally good assignments the
 * seed decides. Pure and deterministic: the same problem and seed always give the same assignment;
 * the tie-break depends on names, not positions, so re-sorting the input lists does not change it
 * either (barring exact ties of the pseudo-random weights). See docs/decisions/0010-assignment-engine.md.
 */
public final class AssignmentEngine {

    /** The seed used when the caller does not choose one. */
    public static final long DEFAULT_SEED = 0L;

    private AssignmentEngine() {
    }

    public static Assignment assign(AssignmentProblem problem, Policy policy) {
        return assign(problem, policy, DEFAULT_SEED);
    }

    /** @throws AssignmentException when the input is invalid or not everyone can be placed */
    public static Assignment assign(AssignmentProblem problem, Policy policy, long seed) {
        Instance instance = ProblemValidator.validate(problem);
        int[] coachOf = new AssignmentNetwork(instance, policy, new TieBreak(seed)).solve();
        List<Placement> placements = new ArrayList<>(instance.participantCount());
        Map<String, List<String>> byCoach = new LinkedHashMap<>();
        for (String coach : instance.coaches) {
            byCoach.put(coach, new ArrayList<>());
        }
        for (int p = 0; p < instance.participantCount(); p++) {
            int c = coachOf[p];
            placements.add(new Placement(instance.participants[p], instance.coaches[c], instance.rankOf(p, c),
                    instance.lockedCoach[p] != Instance.FREE));
            byCoach.get(instance.coaches[c]).add(instance.participants[p]);
        }
        return new Assignment(policy, seed, placements, Profile.of(placements), byCoach);
    }
}
