package org.zielbild.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.zielbild.csv.SpreadsheetText;
import org.zielbild.domain.Texts;

/**
 * A CSV file as spreadsheets write it: UTF-8 with or without a byte-order mark (Windows-1252 as a
 * fallback, which German Excel writes for "CSV (Trennzeichen-getrennt)"), comma- or
 * semicolon-separated, quoted fields. Cells are cleaned like typed text; blank rows are skipped.
 */
record CsvTable(String file, List<String> header, List<Row> rows) {

    /** One non-blank row and the line it starts on (1-based, counting the header). */
    record Row(long line, List<String> cells) {
    }

    static CsvTable read(Path path) throws CommandFailure {
        String file = path.toString();
        String text = SpreadsheetText.decode(bytes(file, path));
        List<Row> rows = parse(file, text, SpreadsheetText.delimiter(text));
        if (rows.isEmpty()) {
            throw CommandFailure.badInput(file + " is empty");
        }
        List<String> header = rows.get(0).cells().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        List<Row> body = rows.subList(1, rows.size());
        for (Row row : body) {
            for (int i = header.size(); i < row.cells().size(); i++) {
                if (!row.cells().get(i).isEmpty()) {
                    throw CommandFailure.badInput(file + ", line " + row.line() + ": more fields than the header has"
                            + " (put names that contain a comma or semicolon in double quotes)");
                }
            }
        }
        return new CsvTable(file, header, List.copyOf(body));
    }

    /** Turns one row into an item, or explains what is wrong with it. */
    interface RowReader<T> {
        T read(Row row) throws CommandFailure;
    }

    /** Refuses the file unless {@code ok}, saying what the header {@code must} be like. */
    void requireHeader(boolean ok, String must) throws CommandFailure {
        if (!ok) {
            throw CommandFailure.badInput(file + ": the header must " + must + " (found: " + String.join(",", header) + ")");
        }
    }

    /** Refuses a file with nothing below the header, e.g. "ballots.csv lists no ballots, only a header". */
    void requireRows(String what) throws CommandFailure {
        if (rows.isEmpty()) {
            throw CommandFailure.badInput(file + " lists no " + what + ", only a header");
        }
    }

    /** One item per row, each with its line number. */
    <T> Rows<T> map(RowReader<T> reader) throws CommandFailure {
        List<T> items = new ArrayList<>();
        for (Row row : rows) {
            items.add(reader.read(row));
        }
        return new Rows<>(file, items, rows.stream().map(Row::line).toList());
    }

    /** Index of the column with this (lower-case) header, or -1. */
    int column(String name) {
        return header.indexOf(name);
    }

    /** The cell, or "" when the row is shorter. */
    static String cell(Row row, int column) {
        return column >= 0 && column < row.cells().size() ? row.cells().get(column) : "";
    }

    String where(Row row) {
        return file + ", line " + row.line();
    }

    private static byte[] bytes(String file, Path path) throws CommandFailure {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw CommandFailure.badInput("cannot read " + file + ": " + CommandFailure.reason(e));
        }
    }

    private static List<Row> parse(String file, String text, char delimiter) throws CommandFailure {
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
            throw CommandFailure.badInput(file + describeCsvError(e));
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
