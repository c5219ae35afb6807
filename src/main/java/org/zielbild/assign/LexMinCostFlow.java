package org.zielbild.assign;

import java.util.Arrays;

/**
 * Min-cost flow with vector costs compared lexicographically, by successive shortest paths: each
 * call to {@link #augment} sends one unit from a fresh source node to the sink along a cheapest
 * residual path (Dijkstra on costs reduced by node potentials). Lexicographic order on integer
 * vectors is a totally ordered group, so the textbook optimality argument carries over unchanged,
 * without big weights that could overflow.
 *
 * <p>Invariant: every residual edge reachable from a source has a non-negative reduced cost
 * {@code cost + potential(from) - potential(to)}; hence after each augmentation the flow is the
 * cheapest one that routes the units sent so far (no negative residual cycle).
 */
final class LexMinCostFlow {

    private final int nodes;
    private final int dims;

    // Edges in pairs: e is forward, e ^ 1 its residual reverse with the negated cost.
    private int[] head;
    private int[] next = new int[16];
    private int[] target = new int[16];
    private int[] capacity = new int[16];
    private long[] cost;
    private int edges;

    private final long[] potential;
    private final long[] distance;
    private final boolean[] settled;
    private final boolean[] seen;
    private final int[] parentEdge;
    private final long[] scratch;
    private final VectorHeap heap;

    LexMinCostFlow(int nodes, int dims) {
        this.nodes = nodes;
        this.dims = dims;
        head = new int[nodes];
        Arrays.fill(head, -1);
        cost = new long[16 * dims];
        potential = new long[nodes * dims];
        distance = new long[nodes * dims];
        settled = new boolean[nodes];
        seen = new boolean[nodes];
        parentEdge = new int[nodes];
        scratch = new long[dims];
        heap = new VectorHeap(distance, dims, nodes);
    }

    /** Adds an edge and returns its id; {@code edgeCost} must be lexicographically non-negative. */
    int addEdge(int from, int to, int edgeCapacity, long[] edgeCost) {
        ensureRoom(edges + 2);
        int e = edges;
        link(e, from, to, edgeCapacity);
        link(e + 1, to, from, 0);
        for (int i = 0; i < dims; i++) {
            cost[e * dims + i] = edgeCost[i];
            cost[(e + 1) * dims + i] = -edgeCost[i];
        }
        edges += 2;
        return e;
    }

    /** Units of flow on a forward edge. */
    int flow(int edge) {
        return capacity[edge ^ 1];
    }

    int head(int node) {
        return head[node];
    }

    int next(int edge) {
        return next[edge];
    }

    int target(int edge) {
        return target[edge];
    }

    static boolean isForward(int edge) {
        return (edge & 1) == 0;
    }

    /**
     * Sends one unit from {@code source}, which must not carry flow yet, to {@code sink} along a
     * cheapest path.
     *
     * @return false if {@code sink} cannot be reached; {@link #reachedInLastSearch} then tells
     *         which nodes the source can reach
     */
    boolean augment(int source, int sink) {
        initialisePotential(source);
        if (!shortestPath(source, sink)) {
            return false;
        }
        updatePotentials(sink);
        for (int v = sink; v != source; v = target[parentEdge[v] ^ 1]) {
            capacity[parentEdge[v]]--;
            capacity[parentEdge[v] ^ 1]++;
        }
        return true;
    }

    boolean reachedInLastSearch(int node) {
        return settled[node];
    }

    /**
     * A fresh source has no residual in-edges, so any potential at least
     * {@code max(potential(to) - cost)} over its out-edges keeps the reduced costs non-negative.
     */
    private void initialisePotential(int source) {
        int at = source * dims;
        boolean first = true;
        for (int e = head[source]; e >= 0; e = next[e]) {
            if (capacity[e] <= 0) {
                continue;
            }
            int to = target[e] * dims;
            for (int i = 0; i < dims; i++) {
                scratch[i] = potential[to + i] - cost[e * dims + i];
            }
            if (first || Lex.compare(scratch, 0, potential, at, dims) > 0) {
                System.arraycopy(scratch, 0, potential, at, dims);
                first = false;
            }
        }
    }

    /** Dijkstra on reduced costs; stops once the sink is settled. */
    private boolean shortestPath(int source, int sink) {
        Arrays.fill(settled, false);
        Arrays.fill(seen, false);
        heap.clear();
        Arrays.fill(distance, source * dims, (source + 1) * dims, 0L);
        seen[source] = true;
        heap.offer(source);
        while (!heap.isEmpty()) {
            int u = heap.poll();
            settled[u] = true;
            if (u == sink) {
                return true;
            }
            relaxEdgesOf(u);
        }
        return false;
    }

    private void relaxEdgesOf(int u) {
        int du = u * dims;
        for (int e = head[u]; e >= 0; e = next[e]) {
            int v = target[e];
            if (capacity[e] <= 0 || settled[v]) {
                continue;
            }
            int dv = v * dims;
            int ce = e * dims;
            for (int i = 0; i < dims; i++) {
                scratch[i] = distance[du + i] + cost[ce + i] + potential[du + i] - potential[dv + i];
            }
            if (!seen[v] || Lex.compare(scratch, 0, distance, dv, dims) < 0) {
                System.arraycopy(scratch, 0, distance, dv, dims);
                parentEdge[v] = e;
                seen[v] = true;
                heap.offer(v);
            }
        }
    }

    /**
     * Settled nodes move by {@code distance - distance(sink)}, the others stay: the same as adding
     * {@code min(distance, distance(sink))} everywhere and then subtracting a constant, which keeps
     * reduced costs non-negative and those on the new path zero.
     */
    private void updatePotentials(int sink) {
        int ds = sink * dims;
        for (int v = 0; v < nodes; v++) {
            if (settled[v]) {
                int dv = v * dims;
                for (int i = 0; i < dims; i++) {
                    potential[dv + i] += distance[dv + i] - distance[ds + i];
                }
            }
        }
    }

    private void link(int e, int from, int to, int edgeCapacity) {
        target[e] = to;
        capacity[e] = edgeCapacity;
        next[e] = head[from];
        head[from] = e;
    }

    private void ensureRoom(int needed) {
        if (needed <= target.length) {
            return;
        }
        int size = Math.max(needed, target.length * 2);
        next = Arrays.copyOf(next, size);
        target = Arrays.copyOf(target, size);
        capacity = Arrays.copyOf(capacity, size);
        cost = Arrays.copyOf(cost, size * dims);
    }
}
