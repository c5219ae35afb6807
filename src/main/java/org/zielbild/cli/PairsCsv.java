package org.zielbild.cli;

import java.nio.file.Path;
import java.util.function.BiFunction;
import org.zielbild.csv.CsvException;
import org.zielbild.csv.CsvRows;
import org.zielbild.csv.CsvTable;

/** Reads {@code participant,coach} pairs: the locks file and the forbidden-pairs file. */
final class PairsCsv {

    private PairsCsv() {
    }

    static <T> CsvRows<T> read(Path path, BiFunction<String, String, T> pair) throws CsvException {
        CsvTable table = CsvTable.read(path);
        int participant = table.column("participant");
        int coach = table.column("coach");
        table.requireHeader(participant >= 0 && coach >= 0, "name the columns participant and coach");
        return table.map(row -> pair.apply(CsvTable.cell(row, participant), CsvTable.cell(row, coach)));
    }
}
