package org.zielbild.assign;

import java.util.BitSet;

/** A validated problem with names replaced by indices, as the network builder wants it. */
final class Instance {

    static final int FREE = -1;

    final String[] coaches;
    /** Capacity left for the free participants once the locked ones are seated. */
    final int[] freeCapacity;
    final String[] participants;
    /** Coach indices per participant, best first. */
    final int[][] ranking;
    /** The coach a participant is locked to, or {@link #FREE}. */
    final int[] lockedCoach;
    /** Per participant the coaches they must not go to; {@code null} when there are none. */
    final BitSet[] forbidden;

    Instance(String[] coaches, int[] freeCapacity, String[] participants, int[][] ranking,
             int[] lockedCoach, BitSet[] forbidden) {
        this.coaches = coaches;
        this.freeCapacity = freeCapacity;
        this.participants = participants;
        this.ranking = ranking;
        this.lockedCoach = lockedCoach;
        this.forbidden = forbidden;
    }

    int coachCount() {
        return coaches.length;
    }

    int participantCount() {
        return participants.length;
    }

    /** 1-based rank of coach {@code c} on participant {@code p}'s ballot, or {@link Placement#UNRANKED}. */
    int rankOf(int p, int c) {
        int[] ballot = ranking[p];
        for (int i = 0; i < ballot.length; i++) {
            if (ballot[i] == c) {
                return i + 1;
            }
        }
        return Placement.UNRANKED;
    }

    boolean isForbidden(int p, int c) {
        return forbidden[p] != null && forbidden[p].get(c);
    }

    boolean hasForbidden(int p) {
        return forbidden[p] != null;
    }

    int longestBallot() {
        int longest = 0;
        for (int[] ballot : ranking) {
            longest = Math.max(longest, ballot.length);
        }
        return longest;
    }
}
