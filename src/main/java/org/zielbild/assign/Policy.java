package org.zielbild.assign;

import java.util.Arrays;
import java.util.Optional;

/**
 * What "best" means once the number of participants placed with a coach they did not rank is as
 * small as possible (that always comes first).
 */
public enum Policy {

    /** As many 1st choices as possible, then as many 2nd choices, and so on. */
    RANK_MAXIMAL("rank-maximal"),

    /** As few participants as possible at the worst rank used, then at the next worst, and so on. */
    FAIR("fair"),

    /** The smallest sum of ranks; ties broken rank-maximal. */
    SUM("sum");

    private final String label;

    Policy(String label) {
        this.label = label;
    }

    /** The name used on the command line and in reports, e.g. {@code rank-maximal}. */
    public String label() {
        return label;
    }

    public static Optional<Policy> fromLabel(String label) {
        return Arrays.stream(values()).filter(p -> p.label.equals(label)).findFirst();
    }
}
