package org.zielbild.export.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zielbild.export.model.DataTable;

/**
 * The target statements with the result of their rating rounds, for spreadsheets. The target-picture
 * section feeds it once that slice has landed; the counts come from the slice's own result
 * function, as on the wall.
 *
 * @see ActionsTable
 */
public final class StatementsTable {

    /**
     * One statement and its last round.
     *
     * @param ref      how the minutes name it ("S3"), also in the actions table
     * @param base     the counting base of the round (who could rate)
     * @param yes      how many saw a benefit and found it attractive
     * @param result   the round's outcome in words ("carried", "rework")
     */
    public record Statement(String ref, String text, String sources, int rounds, int base, int yes, String threshold,
                            String result) {
        public Statement {
            Objects.requireNonNull(ref, "ref");
            Objects.requireNonNull(text, "text");
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
            rows.add(List.of(s.ref(), s.text(), s.sources(), String.valueOf(s.rounds()), String.valueOf(s.base()),
                    String.valueOf(s.yes()), s.threshold(), s.result()));
        }
        return new DataTable(NAME, List.of("ref", "statement", "sources", "rounds", "counting_base", "yes", "threshold",
                "result"), rows);
    }
}
