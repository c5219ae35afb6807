package org.zielbild.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.zielbild.domain.Texts;

/**
 * A whole CSV file as a table, all or nothing (the command line's inputs): decoded and split as
 * {@link SpreadsheetText} says, quoted fields may span lines, cells are cleaned like typed text,
 * blank rows are skipped. Any problem ends the reading with a {@link CsvException} naming the
 * file and line. (Imports in the app read line by line instead, keeping the good lines: {@link CsvLines}.)
 */
public record CsvTable(String file, List<String> header, List<Row> rows) {

    /** One non-blank row and the line it starts on (1-based, counting the header). */
    public record Row(long line, List<String> cells) {
    }

    /**
     * Reads the file as {@link TextFile#read} does: a pipe, device or folder is refused at once, a
     * file over {@link SpreadsheetText#MAX_BYTES} or {@link SpreadsheetText#MAX_ROWS} rows is refused
     * saying the limit, so is a binary file (docs/decisions/0086).
     */
    public static CsvTable read(Path path) throws CsvException {
        String file = path.toString();
        DecodedText text = text(file, path);
        List<Row> rows = parse(file, text.text(), text.delimiter());
        if (rows.isEmpty()) {
            throw new CsvException(file + " is empty");
        }
        List<String> header = rows.get(0).cells().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        List<Row> body = rows.subList(1, rows.size());
        for (Row row : body) {
            for (int i = header.size(); i < row.cells().size(); i++) {
                if (!row.cells().get(i).isEmpty()) {
                    throw new CsvException(file + ", line " + row.line() + ": more fields than the header has"
                            + " (put names that contain a comma or semicolon in double quotes)");
                }
            }
        }
        return new CsvTable(file, header, List.copyOf(body));
    }

    /** Turns one row into an item, or explains what is wrong with it. */
    public interface RowReader<T> {
        T read(Row row) throws CsvException;
    }

    /** Refuses the file unless {@code ok}, saying what the header {@code must} be like. */
    public void requireHeader(boolean ok, String must) throws CsvException {
        if (!ok) {
            throw new CsvException(file + ": the header must " + must + " (found: " + String.join(",", header) + ")");
        }
    }

    /** Refuses a file with nothing below the header, e.g. "ballots.csv lists no ballots, only a header". */
    public void requireRows(String what) throws CsvException {
        if (rows.isEmpty()) {
            throw new CsvException(file + " lists no " + what + ", only a header");
        }
    }

    /** One item per row, each with its line number. */
    public <T> CsvRows<T> map(RowReader<T> reader) throws CsvException {
        List<T> items = new ArrayList<>();
        for (Row row : rows) {
            items.add(reader.read(row));
        }
        return new CsvRows<>(file, items, rows.stream().map(Row::line).toList());
    }

    /** Index of the column with this (lower-case) header, or -1. */
    public int column(String name) {
        return header.indexOf(name);
    }

    /** The cell, or "" when the row is shorter. */
    public static String cell(Row row, int column) {
        return column >= 0 && column < row.cells().size() ? row.cells().get(column) : "";
    }

    public String where(Row row) {
        return file + ", line " + row.line();
    }

    private static DecodedText text(String file, Path path) throws CsvException {
        try {
            return TextFile.read(path).detected();
        } catch (UnreadableText e) {
            String reason = EnglishMessages.imports().text(e.reason());
            if (e.isEmptyFile()) {
                throw new CsvException(file + " is empty");
            }
            throw new CsvException(e.couldNotOpen() ? "cannot read " + file + ": " + reason : file + ": " + reason);
        }
    }

    private static List<Row> parse(String file, String text, char delimiter) throws CsvException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            long lineBefore = 0;
            for (CSVRecord record : parser) {
                List<String> cells = record.stream().map(Texts::singleLine).toList();
                if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                    rows.add(new Row(lineBefore + 1, cells));
                }
                lineBefore = parser.getCurrentLineNumber();
            }
        } catch (IOException | UncheckedIOException e) {
            throw new CsvException(file + describeCsvError(e));
        }
        return rows;
    }

    /** Commons CSV says "(startline 2) EOF reached before ..." or "Invalid character ... at line: 2, ...". */
    private static String describeCsvError(Exception e) {
        String message = String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
        Matcher line = Pattern.compile("line:? (\\d+)").matcher(message);
        String where = line.find() ? ", line " + line.group(1) : "";
        if (message.contains("EOF reached before encapsulated token finished")) {
            return where + ": a quoted field is never closed (a \" is missing)";
        }
        if (message.contains("Invalid character between encapsulated token and delimiter")) {
            return where + ": text after a closing quote (write a \" inside a quoted field as \"\")";
        }
        return where + ": not valid CSV (" + message + ")";
    }
}
