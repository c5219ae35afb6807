package org.zielbild.export.model;

import java.util.List;
import java.util.Objects;

/** One value of a {@link Block.Distribution} and its count in each series. */
public record DistributionRow(String label, List<Integer> counts) {

    public DistributionRow {
        Objects.requireNonNull(label, "label");
        counts = List.copyOf(counts);
    }

    /** A line under the counts: a label and one text per series ("Mean", "2.8", "3.9"). */
    public record Summary(String label, List<String> values) {
        public Summary {
            Objects.requireNonNull(label, "label");
            values = List.copyOf(values);
        }
    }
}
