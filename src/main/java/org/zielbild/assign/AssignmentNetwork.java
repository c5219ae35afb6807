package org.zielbild.assign;

import java.util.ArrayList;
import java.util.List;

/**
 * The flow network for one instance: participant -> coach edges for ranked choices, coach -> sink
 * edges with the free capacity. Unranked placements of a participant without forbidden pairs go
 * through one shared "anyone" node (participant -> anyone -> coach) instead of an edge per pair,
 * which keeps the network at O(ballot entries + participants + coaches) edges.
 */
final class AssignmentNetwork {

    private final Instance instance;
    private final CostVectors costs;
    private final TieBreak tieBreak;
    private final LexMinCostFlow flow;
    private final int anyone;
    private final int sink;
    /** Per coach the edge anyone -> coach. */
    private final int[] anyoneEdge;

    AssignmentNetwork(Instance instance, Policy policy, TieBreak tieBreak) {
        this.instance = instance;
        this.costs = new CostVectors(policy, instance.longestBallot());
        this.tieBreak = tieBreak;
        int n = instance.participantCount();
        int m = instance.coachCount();
        this.anyone = n + m;
        this.sink = n + m + 1;
        this.flow = new LexMinCostFlow(n + m + 2, costs.dimensions());
        this.anyoneEdge = new int[m];
        build();
    }

    private int coachNode(int c) {
        return instance.participantCount() + c;
    }

    private void build() {
        for (int p = 0; p < instance.participantCount(); p++) {
            if (instance.lockedCoach[p] == Instance.FREE) {
                addParticipant(p);
            }
        }
        for (int c = 0; c < instance.coachCount(); c++) {
            String coach = instance.coaches[c];
            anyoneEdge[c] = flow.addEdge(anyone, coachNode(c), instance.freeCapacity[c],
                    costs.tieOnly(tieBreak.unrankedCoach(coach)));
            flow.addEdge(coachNode(c), sink, instance.freeCapacity[c], costs.tieOnly(0));
        }
    }

    private void addParticipant(int p) {
        String name = instance.participants[p];
        int[] ranking = instance.ranking[p];
        for (int i = 0; i < ranking.length; i++) {
            int c = ranking[i];
            if (!instance.isForbidden(p, c)) {
                flow.addEdge(p, coachNode(c), 1, costs.ranked(i + 1, tieBreak.ranked(name, instance.coaches[c])));
            }
        }
        long tie = tieBreak.unrankedParticipant(name);
        if (!instance.hasForbidden(p)) {
            flow.addEdge(p, anyone, 1, costs.unranked(tie));
            return;
        }
        // Forbidden pairs rule out the shared node: explicit edges to the allowed unranked coaches.
        for (int c = 0; c < instance.coachCount(); c++) {
            if (!instance.isForbidden(p, c) && instance.rankOf(p, c) == Placement.UNRANKED) {
                flow.addEdge(p, coachNode(c), 1,
                        costs.unranked(tie + tieBreak.unrankedCoach(instance.coaches[c])));
            }
        }
    }

    /**
     * Places every free participant, one augmentation each.
     *
     * @return the coach per participant (locked ones included)
     */
    int[] solve() {
        for (int p = 0; p < instance.participantCount(); p++) {
            if (instance.lockedCoach[p] == Instance.FREE && !flow.augment(p, sink)) {
                throw new HallViolation(instance, flow::reachedInLastSearch).exception();
            }
        }
        return readCoaches();
    }

    private int[] readCoaches() {
        int[] coachOf = instance.lockedCoach.clone();
        List<Integer> unranked = new ArrayList<>();
        int[] unrankedSlots = new int[instance.coachCount()];
        for (int c = 0; c < instance.coachCount(); c++) {
            unrankedSlots[c] = flow.flow(anyoneEdge[c]);
        }
        for (int p = 0; p < instance.participantCount(); p++) {
            if (coachOf[p] != Instance.FREE) {
                continue;
            }
            for (int e = flow.head(p); e >= 0; e = flow.next(e)) {
                if (LexMinCostFlow.isForward(e) && flow.flow(e) > 0) {
                    int to = flow.target(e);
                    if (to == anyone) {
                        unranked.add(p);
                        continue;
                    }
                    int c = to - instance.participantCount();
                    coachOf[p] = c;
                    if (instance.rankOf(p, c) == Placement.UNRANKED) {
                        unranked.add(p);
                        unrankedSlots[c]++;
                    }
                }
            }
        }
        if (!unranked.isEmpty()) {
            new UnrankedPairing(instance, tieBreak).pair(unranked, unrankedSlots, coachOf);
        }
        return coachOf;
    }
}
