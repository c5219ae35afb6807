package org.zielbild.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.zielbild.domain.Message;

/**
 * Line-by-line reading of pasted text and small CSV files, so one bad line costs only that line:
 * a BOM is dropped, trailing empty lines are ignored, comma or semicolon (German spreadsheets)
 * is guessed from the first line, quotes as in RFC 4180.
 */
public final class CsvLines {

    private CsvLines() {
    }

    /** Lines without the trailing empty ones (a final newline is not an empty line); a BOM is dropped. */
    public static List<String> lines(String text) {
        String t = text == null ? "" : text;
        if (t.startsWith("\uFEFF")) {
            t = t.substring(1);
        }
        List<String> lines = new ArrayList<>(List.of(t.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** The CSV format for these lines: semicolons when the first line has more of them than commas. */
    public static CSVFormat formatFor(List<String> lines) {
        char delimiter = SpreadsheetText.delimiter(String.join("\n", lines));
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true).get();
    }

    /** The fields of one line. */
    public static List<String> fields(String line, CSVFormat format) throws MalformedLineException {
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(line)).setFormat(format).get()) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() != 1) {
                throw new MalformedLineException("line break inside quotes");
            }
            List<String> fields = new ArrayList<>();
            records.get(0).forEach(fields::add);
            return fields;
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new MalformedLineException(reason(e));
        }
    }

    /** What an import does with one good line. */
    @FunctionalInterface
    public interface LineHandler {
        void accept(int lineNo, List<String> fields);
    }

    /**
     * Reads CSV text line by line: empty and malformed lines become problems, a first line whose
     * first field {@code isHeader} accepts is skipped, every other line goes to {@code handler}.
     */
    public static void records(String text, java.util.function.Predicate<String> isHeader, List<ImportProblem> problems,
                               LineHandler handler) {
        List<String> lines = lines(text);
        CSVFormat format = formatFor(lines);
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = lines.get(i);
            if (line.isBlank()) {
                problems.add(new ImportProblem(lineNo, Message.of("import.line.empty", lineNo)));
                continue;
            }
            List<String> fields;
            try {
                fields = fields(line, format);
            } catch (MalformedLineException e) {
                problems.add(malformed(lineNo, e));
                continue;
            }
            if (i == 0 && isHeader.test(fields.get(0).strip().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            handler.accept(lineNo, fields);
        }
    }

    /** The problem for a line that is not valid CSV. */
    public static ImportProblem malformed(int lineNo, MalformedLineException e) {
        return new ImportProblem(lineNo, Message.of("import.line.malformed", lineNo, e.getMessage()));
    }

    private static String reason(Exception e) {
        Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String msg = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return msg.length() > 120 ? msg.substring(0, 120) + "…" : msg;
    }

    /** A line that could not be read as CSV; the message says why, briefly. */
    public static final class MalformedLineException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedLineException(String reason) {
            super(reason);
        }
    }
}
