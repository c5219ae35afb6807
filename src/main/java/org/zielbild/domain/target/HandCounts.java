package org.zielbild.domain.target;

/**
 * What the facilitator typed for one item of a show-of-hands round: the yes and no counts of each
 * question; null while not typed yet. Abstentions are the rest of those present.
 */
public record HandCounts(Integer benefitYes, Integer benefitNo, Integer attractiveYes, Integer attractiveNo) {

    public static final HandCounts NONE = new HandCounts(null, null, null, null);

    /** Whether all four counts are typed. */
    public boolean complete() {
        return benefitYes != null && benefitNo != null && attractiveYes != null && attractiveNo != null;
    }

    static int of(Integer n) {
        return n == null ? 0 : n;
    }
}
