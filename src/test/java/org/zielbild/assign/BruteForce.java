package org.zielbild.assign;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tries every assignment of a small problem and keeps the best outcome per policy. Written without
 * the engine's cost vectors: outcomes are compared by the policies' definitions in plain words.
 */
final class BruteForce {

    /** How many participants got each rank ({@code byRank[r]}, r >= 1) and how many are unranked. */
    record Outcome(int unranked, int[] byRank) {

        Profile toProfile() {
            List<Integer> counts = new ArrayList<>();
            int worst = 0;
            for (int r = 1; r < byRank.length; r++) {
                if (byRank[r] > 0) {
                    worst = r;
                }
            }
            for (int r = 1; r <= worst; r++) {
                counts.add(byRank[r]);
            }
            return new Profile(counts, unranked);
        }
    }

    private final List<Coach> coaches;
    private final List<CoachRanking> ballots;
    private final Map<String, String> locked = new HashMap<>();
    private final Map<String, List<String>> forbidden = new HashMap<>();
    private final int[] load;
    private final int[] choice;
    private final Map<Policy, Outcome> best = new EnumMap<>(Policy.class);

    private BruteForce(AssignmentProblem problem) {
        coaches = problem.coaches();
        ballots = problem.ballots();
        problem.locks().forEach(l -> locked.put(l.participant(), l.coach()));
        problem.forbidden().forEach(f -> forbidden.computeIfAbsent(f.participant(), k -> new ArrayList<>()).add(f.coach()));
        load = new int[coaches.size()];
        choice = new int[ballots.size()];
    }

    /** The best outcome per policy, or empty when no assignment respects capacities, locks and forbidden pairs. */
    static Optional<Map<Policy, Outcome>> solve(AssignmentProblem problem) {
        BruteForce search = new BruteForce(problem);
        search.place(0);
        return search.best.isEmpty() ? Optional.empty() : Optional.of(search.best);
    }

    private void place(int p) {
        if (p == ballots.size()) {
            record(outcome());
            return;
        }
        CoachRanking ballot = ballots.get(p);
        for (int c = 0; c < coaches.size(); c++) {
            String coach = coaches.get(c).name();
            boolean lockedElsewhere = locked.containsKey(ballot.participant())
                    && !locked.get(ballot.participant()).equals(coach);
            boolean isForbidden = forbidden.getOrDefault(ballot.participant(), List.of()).contains(coach);
            if (lockedElsewhere || isForbidden || load[c] == coaches.get(c).capacity()) {
                continue;
            }
            load[c]++;
            choice[p] = c;
            place(p + 1);
            load[c]--;
        }
    }

    private Outcome outcome() {
        int[] byRank = new int[coaches.size() + 1];
        int unranked = 0;
        for (int p = 0; p < ballots.size(); p++) {
            int position = ballots.get(p).ranking().indexOf(coaches.get(choice[p]).name());
            if (position < 0) {
                unranked++;
            } else {
                byRank[position + 1]++;
            }
        }
        return new Outcome(unranked, byRank);
    }

    private void record(Outcome candidate) {
        for (Policy policy : Policy.values()) {
            Outcome current = best.get(policy);
            if (current == null || better(policy, candidate, current)) {
                best.put(policy, candidate);
            }
        }
    }

    static boolean better(Policy policy, Outcome a, Outcome b) {
        if (a.unranked != b.unranked) {
            return a.unranked < b.unranked;
        }
        return switch (policy) {
            case RANK_MAXIMAL -> moreAtBetterRanks(a, b);
            case FAIR -> fewerAtWorseRanks(a, b);
            case SUM -> rankSum(a) != rankSum(b) ? rankSum(a) < rankSum(b) : moreAtBetterRanks(a, b);
        };
    }

    private static boolean moreAtBetterRanks(Outcome a, Outcome b) {
        for (int r = 1; r < a.byRank.length; r++) {
            if (a.byRank[r] != b.byRank[r]) {
                return a.byRank[r] > b.byRank[r];
            }
        }
        return false;
    }

    private static boolean fewerAtWorseRanks(Outcome a, Outcome b) {
        for (int r = a.byRank.length - 1; r >= 1; r--) {
            if (a.byRank[r] != b.byRank[r]) {
                return a.byRank[r] < b.byRank[r];
            }
        }
        return false;
    }

    private static int rankSum(Outcome o) {
        int sum = 0;
        for (int r = 1; r < o.byRank.length; r++) {
            sum += r * o.byRank[r];
        }
        return sum;
    }
}
