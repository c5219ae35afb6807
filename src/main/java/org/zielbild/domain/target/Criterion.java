package org.zielbild.domain.target;

/**
 * One of the gate's two questions (benefit, attractive), counted.
 *
 * @param tally  the answers
 * @param base   what the yes votes are counted against (those present, or those who voted yes or no)
 * @param needed the fewest yes votes that reach the threshold with this base
 * @param met    whether the yes votes reach it
 */
public record Criterion(Tally tally, int base, int needed, boolean met) {

    /**
     * How many more yes votes this question needs with the same base ("2 more yes needed"): with the
     * base "present", people who said no or abstained; with the base "cast", people who said no. When
     * nobody said yes or no (base "cast" of 0) one yes would carry it: 1. 0 once met.
     */
    public int missing() {
        return met ? 0 : Math.max(0, needed - tally.yes());
    }

    /** The yes votes as a share of the base, 0 to 1 (0 with an empty base), for bars. */
    public double yesShare() {
        return base <= 0 ? 0 : Math.min(1, (double) tally.yes() / base);
    }

    /** The no votes as a share of the base, 0 to 1. */
    public double noShare() {
        return base <= 0 ? 0 : Math.min(1, (double) tally.no() / base);
    }
}
