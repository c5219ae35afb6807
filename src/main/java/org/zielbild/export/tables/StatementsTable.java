package org.zielbild.export.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zielbild.export.model.DataTable;

/**
 * The target statements with the result of their latest revealed round, for spreadsheets. The
 * target-picture section feeds it; the counts come from the slice's own result functions, as on
 * the wall. Both questions of the gate have their own columns: a statement carries only when both
 * reach the threshold.
 *
 * @see ActionsTable
 */
public final class StatementsTable {

    /**
     * One statement and its latest revealed round (counts empty when none was revealed).
     *
     * @param ref           how the minutes name it ("S3"), also in the actions table
     * @param rounds        how many revealed rounds rated it
     * @param base          the counting base of that round: those present, or yes + no
     * @param benefitYes    how many saw a benefit
     * @param attractiveYes how many found it attractive
     * @param result        its standing in words ("carries", "needs rework", "not rated")
     */
    public record Statement(String ref, String text, String horizon, String sources, int rounds, Integer base,
                            Integer benefitYes, Integer benefitNo, Integer attractiveYes, Integer attractiveNo,
                            String threshold, String result) {
        public Statement {
            Objects.requireNonNull(ref, "ref");
            Objects.requireNonNull(text, "text");
            horizon = horizon == null ? "" : horizon;
            sources = sources == null ? "" : sources;
            threshold = threshold == null ? "" : threshold;
            result = result == null ? "" : result;
        }
    }

    public static final String NAME = "statements";

    private StatementsTable() {
    }

    public static DataTable of(List<Statement> statements) {
        List<List<String>> rows = new ArrayList<>();
        for (Statement s : statements) {
            rows.add(List.of(s.ref(), s.text(), s.horizon(), s.sources(), String.valueOf(s.rounds()), n(s.base()),
                    n(s.benefitYes()), n(s.benefitNo()), n(s.attractiveYes()), n(s.attractiveNo()), s.threshold(),
                    s.result()));
        }
        return new DataTable(NAME, List.of("ref", "statement", "horizon", "sources", "rounds", "counting_base",
                "benefit_yes", "benefit_no", "attractive_yes", "attractive_no", "threshold", "result"), rows);
    }

    private static String n(Integer value) {
        return value == null ? "" : String.valueOf(value);
    }
}
