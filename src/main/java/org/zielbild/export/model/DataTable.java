package org.zielbild.export.model;

import java.util.List;
import java.util.Objects;

/**
 * A table for spreadsheets: one CSV file. Header names are fixed English words (like the
 * {@code assign} command's), so a formula or a script that reads the file keeps working in
 * either language; the cells are as the user typed them (the CSV writer neutralises formulas).
 *
 * @param name the file's name without {@code .csv}, e.g. {@code notes}
 */
public record DataTable(String name, List<String> header, List<List<String>> rows) {

    public DataTable {
        Objects.requireNonNull(name, "name");
        header = List.copyOf(header);
        rows = rows.stream().map(r -> List.copyOf(r.stream().map(c -> c == null ? "" : c).toList())).toList();
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException(name + ": row has " + row.size() + " cells for " + header.size() + " columns");
            }
        }
    }
}
