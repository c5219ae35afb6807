package org.zielbild.cli;

import java.util.List;

/** Items read from a CSV file, each with the line it came from, for messages like "ballots.csv, line 7". */
record Rows<T>(String file, List<T> items, List<Long> lines) {

    Rows {
        items = List.copyOf(items);
        lines = List.copyOf(lines);
    }

    String where(int index) {
        return file + ", line " + lines.get(index);
    }
}
