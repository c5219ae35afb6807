package org.zielbild.assign;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A second, independent exact solver for medium problems (too big for brute force): the textbook
 * encoding of each policy as one scalar cost with big weights, on the full participant x coach
 * graph, solved by successive shortest paths with Bellman-Ford. Slow and overflow-prone at scale,
 * which is why the engine does not work this way, but fine for up to ~50 participants.
 */
final class BigWeightOracle {

    private BigWeightOracle() {
    }

    /** The optimal profile, or empty when not everyone can be placed. */
    static Optional<Profile> solve(AssignmentProblem problem, Policy policy) {
        List<Coach> coaches = problem.coaches();
        int m = coaches.size();
        int[] capacity = coaches.stream().mapToInt(Coach::capacity).toArray();
        Map<String, Integer> coachIndex = new HashMap<>();
        for (int c = 0; c < m; c++) {
            coachIndex.put(coaches.get(c).name(), c);
        }
        Map<String, String> locked = new HashMap<>();
        problem.locks().forEach(l -> locked.put(l.participant(), l.coach()));
        List<Placement> placements = new ArrayList<>();
        List<CoachRanking> free = new ArrayList<>();
        for (CoachRanking ballot : problem.ballots()) {
            String coach = locked.get(ballot.participant());
            if (coach == null) {
                free.add(ballot);
                continue;
            }
            if (--capacity[coachIndex.get(coach)] < 0 || forbidden(problem, ballot.participant(), coach)) {
                return Optional.empty();
            }
            placements.add(new Placement(ballot.participant(), coach, ballot.ranking().indexOf(coach) + 1, true));
        }
        int n = free.size();
        int k = problem.ballots().stream().mapToInt(b -> b.ranking().size()).max().orElse(0);
        // Nodes: 0 source, 1..n participants, n+1..n+m coaches, n+m+1 sink.
        int source = 0;
        int sink = n + m + 1;
        Graph graph = new Graph(n + m + 2);
        for (int p = 0; p < n; p++) {
            graph.add(source, 1 + p, 1, 0);
            CoachRanking ballot = free.get(p);
            for (int c = 0; c < m; c++) {
                if (!forbidden(problem, ballot.participant(), coaches.get(c).name())) {
                    int rank = ballot.ranking().indexOf(coaches.get(c).name()) + 1;
                    graph.add(1 + p, 1 + n + c, 1, weight(policy, rank, problem.ballots().size(), k));
                }
            }
        }
        for (int c = 0; c < m; c++) {
            graph.add(1 + n + c, sink, capacity[c], 0);
        }
        for (int unit = 0; unit < n; unit++) {
            if (!graph.augmentCheapest(source, sink)) {
                return Optional.empty();
            }
        }
        for (int p = 0; p < n; p++) {
            int c = graph.flowTarget(1 + p) - 1 - n;
            CoachRanking ballot = free.get(p);
            placements.add(new Placement(ballot.participant(), coaches.get(c).name(),
                    ballot.ranking().indexOf(coaches.get(c).name()) + 1, false));
        }
        return Optional.of(Profile.of(placements));
    }

    /**
     * With B = participants + 1 (no count reaches B), a weighted count sum compares like the
     * lexicographic order it encodes, as long as each level outweighs all lower ones.
     */
    static long weight(Policy policy, int rank, int participants, int k) {
        long b = participants + 1L;
        long bk = pow(b, k);
        return switch (policy) {
            // "not at rank j" weighs B^(K-j): fewer misses at rank 1 first, then rank 2, ...
            case RANK_MAXIMAL -> rank == 0 ? bk + rankMaximalMisses(0, b, k) : rankMaximalMisses(rank, b, k);
            // being at rank r weighs B^(r-1): the worst rank counts most
            case FAIR -> rank == 0 ? bk : pow(b, rank - 1);
            // the rank itself weighs B^K, the rank-maximal misses break ties
            case SUM -> rank == 0 ? (participants * (long) k + 2) * bk : rank * bk + rankMaximalMisses(rank, b, k);
        };
    }

    private static long rankMaximalMisses(int rank, long b, int k) {
        long sum = 0;
        for (int j = 1; j <= k; j++) {
            if (j != rank) {
                sum += pow(b, k - j);
            }
        }
        return sum;
    }

    private static long pow(long base, int exponent) {
        long result = 1;
        for (int i = 0; i < exponent; i++) {
            result = Math.multiplyExact(result, base);
        }
        return result;
    }

    private static boolean forbidden(AssignmentProblem problem, String participant, String coach) {
        return problem.forbidden().contains(new ForbiddenPair(participant, coach));
    }

    /** Residual graph with Bellman-Ford shortest paths (negative residual costs allowed). */
    private static final class Graph {
        private final int nodes;
        private final List<int[]> edges = new ArrayList<>(); // from, to, capacity
        private final List<Long> costs = new ArrayList<>();

        Graph(int nodes) {
            this.nodes = nodes;
        }

        void add(int from, int to, int capacity, long cost) {
            edges.add(new int[] {from, to, capacity});
            costs.add(cost);
            edges.add(new int[] {to, from, 0});
            costs.add(-cost);
        }

        boolean augmentCheapest(int source, int sink) {
            long[] dist = new long[nodes];
            int[] via = new int[nodes];
            Arrays.fill(dist, Long.MAX_VALUE);
            Arrays.fill(via, -1);
            dist[source] = 0;
            for (int round = 0; round < nodes; round++) {
                boolean changed = false;
                for (int e = 0; e < edges.size(); e++) {
                    int[] edge = edges.get(e);
                    if (edge[2] > 0 && dist[edge[0]] != Long.MAX_VALUE && dist[edge[0]] + costs.get(e) < dist[edge[1]]) {
                        dist[edge[1]] = dist[edge[0]] + costs.get(e);
                        via[edge[1]] = e;
                        changed = true;
                    }
                }
                if (!changed) {
                    break;
                }
            }
            if (via[sink] < 0) {
                return false;
            }
            for (int v = sink; v != source; v = edges.get(via[v])[0]) {
                edges.get(via[v])[2]--;
                edges.get(via[v] ^ 1)[2]++;
            }
            return true;
        }

        /** Where the unit leaving {@code node} goes. */
        int flowTarget(int node) {
            for (int e = 0; e < edges.size(); e += 2) {
                int[] edge = edges.get(e);
                if (edge[0] == node && edges.get(e + 1)[2] > 0) {
                    return edge[1];
                }
            }
            throw new IllegalStateException("no flow out of " + node);
        }
    }
}
