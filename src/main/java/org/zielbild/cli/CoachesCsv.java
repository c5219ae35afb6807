package org.zielbild.cli;

import java.nio.file.Path;
import org.zielbild.assign.Coach;
import org.zielbild.csv.CoachColumns;
import org.zielbild.csv.CsvException;
import org.zielbild.csv.CsvRows;
import org.zielbild.csv.CsvTable;

/** Reads {@code coach,capacity} (further columns are ignored) as the app's coach import does ({@link CoachColumns}). */
final class CoachesCsv {

    private CoachesCsv() {
    }

    static CsvRows<Coach> read(Path path) throws CsvException {
        CsvTable table = CsvTable.read(path);
        CoachColumns.Columns columns = CoachColumns.in(table.header()).orElse(null);
        table.requireHeader(columns != null, "name the columns coach and capacity");
        table.requireRows("coaches");
        return table.map(row -> {
            String coach = columns.coach(row.cells());
            return new Coach(coach, capacity(table, row, coach, columns.capacity(row.cells())));
        });
    }

    /** A whole number; the range check against negatives is the engine's. */
    private static int capacity(CsvTable table, CsvTable.Row row, String coach, String text) throws CsvException {
        try {
            return CoachColumns.capacity(text);
        } catch (CoachColumns.CapacityException e) {
            String where = table.where(row) + ": ";
            throw new CsvException(where + switch (e.problem()) {
                case MISSING -> "coach \"" + coach + "\" has no capacity";
                case NOT_A_WHOLE_NUMBER -> "the capacity of coach \"" + coach + "\" is \"" + text + "\", not a whole number";
                case TOO_LARGE -> "the capacity of coach \"" + coach + "\" (" + text + ") is too large";
            });
        }
    }
}
