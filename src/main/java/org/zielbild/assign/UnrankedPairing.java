package org.zielbild.assign;

import java.util.List;

/**
 * Decides who of the unranked participants goes to which coach. The main flow fixes who is
 * unranked and how many unranked places each coach gives, but its tie-break for unranked
 * placements is split per participant and per coach (so that they can share one node), which
 * leaves the pairing itself open. Every pairing that respects the forbidden pairs is equally good
 * (in an optimal flow nobody is unranked while a coach they ranked takes unranked people: the
 * ranked edge would be cheaper), so a second, small min-cost flow picks the one with the least
 * per-pair tie-break weight.
 */
final class UnrankedPairing {

    private final Instance instance;
    private final TieBreak tieBreak;

    UnrankedPairing(Instance instance, TieBreak tieBreak) {
        this.instance = instance;
        this.tieBreak = tieBreak;
    }

    /** Overwrites {@code coachOf} for {@code participants}, filling exactly {@code slots[c]} places per coach. */
    void pair(List<Integer> participants, int[] slots, int[] coachOf) {
        int u = participants.size();
        int m = instance.coachCount();
        int sink = u + m;
        LexMinCostFlow flow = new LexMinCostFlow(u + m + 1, 1);
        for (int i = 0; i < u; i++) {
            int p = participants.get(i);
            for (int c = 0; c < m; c++) {
                if (slots[c] > 0 && !instance.isForbidden(p, c) && instance.rankOf(p, c) == Placement.UNRANKED) {
                    flow.addEdge(i, u + c, 1, new long[] {tieBreak.unrankedPair(instance.participants[p], instance.coaches[c])});
                }
            }
        }
        for (int c = 0; c < m; c++) {
            flow.addEdge(u + c, sink, slots[c], new long[] {0});
        }
        for (int i = 0; i < u; i++) {
            if (!flow.augment(i, sink)) {
                throw new IllegalStateException("unranked participants no longer fit: the main flow was not optimal");
            }
        }
        for (int i = 0; i < u; i++) {
            for (int e = flow.head(i); e >= 0; e = flow.next(e)) {
                if (LexMinCostFlow.isForward(e) && flow.flow(e) > 0) {
                    coachOf[participants.get(i)] = flow.target(e) - u;
                }
            }
        }
    }
}
