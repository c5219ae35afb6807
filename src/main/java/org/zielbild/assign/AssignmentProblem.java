package org.zielbild.assign;

import java.util.List;

/** Everything the engine needs: coaches, ballots, and the facilitator's locks and forbidden pairs. */
public record AssignmentProblem(
        List<Coach> coaches, List<CoachRanking> ballots, List<Lock> locks, List<ForbiddenPair> forbidden) {

    public AssignmentProblem {
        coaches = List.copyOf(coaches);
        ballots = List.copyOf(ballots);
        locks = List.copyOf(locks);
        forbidden = List.copyOf(forbidden);
    }

    public static AssignmentProblem of(List<Coach> coaches, List<CoachRanking> ballots) {
        return new AssignmentProblem(coaches, ballots, List.of(), List.of());
    }

    public AssignmentProblem withLocks(List<Lock> newLocks) {
        return new AssignmentProblem(coaches, ballots, newLocks, forbidden);
    }

    public AssignmentProblem withForbidden(List<ForbiddenPair> newForbidden) {
        return new AssignmentProblem(coaches, ballots, locks, newForbidden);
    }
}
