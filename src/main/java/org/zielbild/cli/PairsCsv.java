package org.zielbild.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Reads {@code participant,coach} pairs: the locks file and the forbidden-pairs file. */
final class PairsCsv {

    private PairsCsv() {
    }

    static <T> Rows<T> read(Path path, BiFunction<String, String, T> pair) throws CommandFailure {
        CsvTable table = CsvTable.read(path);
        int participant = table.column("participant");
        int coach = table.column("coach");
        if (participant < 0 || coach < 0) {
            throw CommandFailure.badInput(table.file() + ": the header must name the columns participant and coach"
                    + " (found: " + String.join(",", table.header()) + ")");
        }
        List<T> pairs = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            pairs.add(pair.apply(CsvTable.cell(row, participant), CsvTable.cell(row, coach)));
            lines.add(row.line());
        }
        return new Rows<>(table.file(), pairs, lines);
    }
}
