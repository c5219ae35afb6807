package org.zielbild.csv;

import java.util.List;

/** Items read from a CSV file, each with the line it came from, for messages like "ballots.csv, line 7". */
public record CsvRows<T>(String file, List<T> items, List<Long> lines) {

    public CsvRows {
        items = List.copyOf(items);
        lines = List.copyOf(lines);
    }

    public String where(int index) {
        return file + ", line " + lines.get(index);
    }
}
