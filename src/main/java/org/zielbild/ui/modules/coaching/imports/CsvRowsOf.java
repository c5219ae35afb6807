package org.zielbild.ui.modules.coaching.imports;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.zielbild.csv.CsvLines;
import org.zielbild.csv.ImportProblem;
import org.zielbild.domain.Message;
import org.zielbild.domain.Texts;

/**
 * Pasted text or a small file, line by line as the app's imports read it ({@link CsvLines}): a first
 * line the file format recognises as its header says where the columns are; without one the columns
 * are taken in order. Empty and malformed lines become problems; the rest go to the handler, cleaned.
 */
final class CsvRowsOf {

    private CsvRowsOf() {
    }

    static <C> void read(String text, Function<List<String>, Optional<C>> header, Function<Integer, C> inOrder,
                         List<ImportProblem> problems, java.util.function.BiConsumer<C, RowAt> rows) {
        List<String> lines = CsvLines.lines(text);
        CSVFormat format = CsvLines.formatFor(lines);
        C columns = null;
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            if (lines.get(i).isBlank()) {
                problems.add(new ImportProblem(lineNo, Message.of("import.line.empty", lineNo)));
                continue;
            }
            List<String> cells;
            try {
                cells = CsvLines.fields(lines.get(i), format).stream().map(Texts::singleLine).toList();
            } catch (CsvLines.MalformedLineException e) {
                problems.add(CsvLines.malformed(lineNo, e));
                continue;
            }
            if (columns == null) {
                Optional<C> named = header.apply(cells.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList());
                if (named.isPresent()) {
                    columns = named.get();
                    continue;
                }
                columns = inOrder.apply(cells.size());
            }
            rows.accept(columns, new RowAt(lineNo, cells));
        }
    }

    /** One line's cleaned cells and its number (from 1). */
    record RowAt(int line, List<String> cells) {
    }
}
