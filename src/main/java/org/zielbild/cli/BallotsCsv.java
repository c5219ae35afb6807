package org.zielbild.cli;

import java.nio.file.Path;
import org.zielbild.assign.CoachRanking;
import org.zielbild.csv.BallotColumns;
import org.zielbild.csv.CsvException;
import org.zielbild.csv.CsvRows;
import org.zielbild.csv.CsvTable;

/**
 * Reads {@code participant,choice1,choice2,...} as the app's ballot import does ({@link BallotColumns}):
 * the columns whose header starts with "choice", in file order, are the ranking; a gap before a later
 * choice is refused.
 */
final class BallotsCsv {

    private BallotsCsv() {
    }

    static CsvRows<CoachRanking> read(Path path) throws CsvException {
        CsvTable table = CsvTable.read(path);
        BallotColumns.Columns columns = BallotColumns.in(table.header()).orElse(null);
        table.requireHeader(columns != null, "be participant,choice1,choice2,...");
        table.requireRows("ballots");
        return table.map(row -> {
            String name = columns.participant(row.cells());
            try {
                return new CoachRanking(name, BallotColumns.ranking(columns, row.cells()));
            } catch (BallotColumns.GapException e) {
                throw new CsvException(table.where(row) + ": participant \"" + name + "\" has an empty choice "
                        + e.choice() + " before a later one; close the gap");
            }
        });
    }
}
