package org.zielbild.cli;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.zielbild.assign.Coach;

/** Reads {@code coach,capacity} (further columns are ignored). */
final class CoachesCsv {

    private CoachesCsv() {
    }

    static Rows<Coach> read(Path path) throws CommandFailure {
        CsvTable table = CsvTable.read(path);
        int name = table.column("coach");
        int capacity = table.column("capacity");
        if (name < 0 || capacity < 0) {
            throw CommandFailure.badInput(table.file() + ": the header must name the columns coach and capacity"
                    + " (found: " + String.join(",", table.header()) + ")");
        }
        if (table.rows().isEmpty()) {
            throw CommandFailure.badInput(table.file() + " lists no coaches, only a header");
        }
        List<Coach> coaches = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String coach = CsvTable.cell(row, name);
            coaches.add(new Coach(coach, capacity(table, row, coach, CsvTable.cell(row, capacity))));
            lines.add(row.line());
        }
        return new Rows<>(table.file(), coaches, lines);
    }

    /** A whole number; the range check against negatives is the engine's. */
    private static int capacity(CsvTable table, CsvTable.Row row, String coach, String text) throws CommandFailure {
        String where = table.where(row) + ": ";
        if (text.isEmpty()) {
            throw CommandFailure.badInput(where + "coach \"" + coach + "\" has no capacity");
        }
        if (!text.matches("[+-]?\\d+")) {
            throw CommandFailure.badInput(where + "the capacity of coach \"" + coach + "\" is \"" + text
                    + "\", not a whole number");
        }
        BigInteger value = new BigInteger(text);
        if (value.bitLength() >= Integer.SIZE) {
            throw CommandFailure.badInput(where + "the capacity of coach \"" + coach + "\" (" + text + ") is too large");
        }
        return value.intValueExact();
    }
}
