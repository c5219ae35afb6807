package org.zielbild.cli;

import java.math.BigInteger;
import java.nio.file.Path;
import org.zielbild.assign.Coach;
import org.zielbild.csv.CsvException;
import org.zielbild.csv.CsvRows;
import org.zielbild.csv.CsvTable;

/** Reads {@code coach,capacity} (further columns are ignored). */
final class CoachesCsv {

    private CoachesCsv() {
    }

    static CsvRows<Coach> read(Path path) throws CsvException {
        CsvTable table = CsvTable.read(path);
        int name = table.column("coach");
        int capacity = table.column("capacity");
        table.requireHeader(name >= 0 && capacity >= 0, "name the columns coach and capacity");
        table.requireRows("coaches");
        return table.map(row -> {
            String coach = CsvTable.cell(row, name);
            return new Coach(coach, capacity(table, row, coach, CsvTable.cell(row, capacity)));
        });
    }

    /** A whole number; the range check against negatives is the engine's. */
    private static int capacity(CsvTable table, CsvTable.Row row, String coach, String text) throws CsvException {
        String where = table.where(row) + ": ";
        if (text.isEmpty()) {
            throw new CsvException(where + "coach \"" + coach + "\" has no capacity");
        }
        if (!text.matches("[+-]?\\d+")) {
            throw new CsvException(where + "the capacity of coach \"" + coach + "\" is \"" + text
                    + "\", not a whole number");
        }
        BigInteger value = new BigInteger(text);
        if (value.bitLength() >= Integer.SIZE) {
            throw new CsvException(where + "the capacity of coach \"" + coach + "\" (" + text + ") is too large");
        }
        return value.intValueExact();
    }
}
