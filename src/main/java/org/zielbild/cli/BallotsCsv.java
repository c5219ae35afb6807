package org.zielbild.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.zielbild.assign.CoachRanking;
import org.zielbild.csv.CsvException;
import org.zielbild.csv.CsvRows;
import org.zielbild.csv.CsvTable;

/**
 * Reads {@code participant,choice1,choice2,...}: the columns whose header starts with "choice",
 * in file order, are the ranking; other columns (a form's timestamp, say) are ignored. Trailing
 * empty choices are fine; a gap before a later choice is refused, as its rank would be a guess.
 */
final class BallotsCsv {

    private BallotsCsv() {
    }

    static CsvRows<CoachRanking> read(Path path) throws CsvException {
        CsvTable table = CsvTable.read(path);
        int participant = table.column("participant");
        List<Integer> choices = IntStream.range(0, table.header().size())
                .filter(i -> table.header().get(i).startsWith("choice"))
                .boxed()
                .toList();
        table.requireHeader(participant >= 0 && !choices.isEmpty(), "be participant,choice1,choice2,...");
        table.requireRows("ballots");
        return table.map(row -> {
            String name = CsvTable.cell(row, participant);
            return new CoachRanking(name, ranking(table, row, name, choices));
        });
    }

    private static List<String> ranking(CsvTable table, CsvTable.Row row, String name, List<Integer> columns)
            throws CsvException {
        List<String> cells = columns.stream().map(c -> CsvTable.cell(row, c)).toList();
        int length = cells.size();
        while (length > 0 && cells.get(length - 1).isEmpty()) {
            length--;
        }
        for (int i = 0; i < length; i++) {
            if (cells.get(i).isEmpty()) {
                throw new CsvException(table.where(row) + ": participant \"" + name + "\" has an empty choice "
                        + (i + 1) + " before a later one; close the gap");
            }
        }
        return cells.subList(0, length);
    }
}
