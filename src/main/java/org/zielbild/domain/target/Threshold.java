package org.zielbild.domain.target;

/**
 * How many of the counting base must say yes. A simple majority is more than half (exactly half is
 * not a majority); two thirds and three quarters are "at least that fraction" (6 of 9 reach two
 * thirds). Integer arithmetic throughout, so no rounding ever decides a vote.
 */
public enum Threshold {
    SIMPLE_MAJORITY(1, 2, true),
    TWO_THIRDS(2, 3, false),
    THREE_QUARTERS(3, 4, false);

    private final int numerator;
    private final int denominator;
    private final boolean strict;

    Threshold(int numerator, int denominator, boolean strict) {
        this.numerator = numerator;
        this.denominator = denominator;
        this.strict = strict;
    }

    /** Whether {@code yes} of {@code base} reach the threshold; never with a base of zero. */
    public boolean reached(int yes, int base) {
        if (base <= 0) {
            return false;
        }
        long have = (long) yes * denominator;
        long need = (long) base * numerator;
        return strict ? have > need : have >= need;
    }

    /** The fewest yes votes of {@code base} that reach the threshold (at least 1). */
    public int needed(int base) {
        if (base <= 0) {
            return 1;
        }
        long product = (long) base * numerator;
        long n = strict ? product / denominator + 1 : (product + denominator - 1) / denominator;
        return (int) Math.max(1, n);
    }

    /** The fraction as shown, e.g. 2/3 (for a simple majority 1/2, read "more than half"). */
    public int numerator() {
        return numerator;
    }

    public int denominator() {
        return denominator;
    }

    /** True for "more than", false for "at least". */
    public boolean strict() {
        return strict;
    }

    /** The i18n key of its name. */
    public String nameKey() {
        return "target.threshold." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
