package org.zielbild.assign;

/**
 * Encodes "fewest unranked first, then the policy, then the seed's tie-break" as cost vectors that
 * the flow compares lexicographically. Component 0 counts unranked placements; the last one is the
 * tie-break weight; in between (K = longest ballot):
 * <ul>
 *   <li>rank-maximal: component j (1..K) is 1 unless the rank is j, so a total there is
 *       "participants not at rank j" and minimising it in order maximises 1st, then 2nd, ... choices;</li>
 *   <li>fair: component j is 1 if the rank is K+1-j, so the worst rank is minimised first;</li>
 *   <li>sum: component 1 is the rank, followed by the rank-maximal components as tie-break.</li>
 * </ul>
 * All components are non-negative, so the flow needs no initial potentials.
 */
final class CostVectors {

    private final Policy policy;
    private final int longest;
    private final int dimensions;

    CostVectors(Policy policy, int longestBallot) {
        this.policy = policy;
        this.longest = longestBallot;
        this.dimensions = switch (policy) {
            case RANK_MAXIMAL, FAIR -> longestBallot + 2;
            case SUM -> longestBallot + 3;
        };
    }

    int dimensions() {
        return dimensions;
    }

    /** Placement at the coach ranked {@code rank} (1-based). */
    long[] ranked(int rank, long tie) {
        return vector(rank, tie);
    }

    /** Placement at a coach the participant did not rank. */
    long[] unranked(long tie) {
        return vector(Placement.UNRANKED, tie);
    }

    /** Only a tie-break weight: for edges that do not place anyone by themselves. */
    long[] tieOnly(long tie) {
        long[] v = new long[dimensions];
        v[dimensions - 1] = tie;
        return v;
    }

    private long[] vector(int rank, long tie) {
        long[] v = tieOnly(tie);
        boolean unranked = rank == Placement.UNRANKED;
        v[0] = unranked ? 1 : 0;
        switch (policy) {
            case RANK_MAXIMAL -> fillRankMaximal(v, 1, rank);
            case FAIR -> {
                if (!unranked) {
                    v[longest + 1 - rank] = 1;
                }
            }
            case SUM -> {
                v[1] = rank;
                fillRankMaximal(v, 2, rank);
            }
        }
        return v;
    }

    private void fillRankMaximal(long[] v, int from, int rank) {
        for (int j = 1; j <= longest; j++) {
            v[from + j - 1] = j == rank ? 0 : 1;
        }
    }
}
