package org.zielbild.export.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.zielbild.export.model.DataTable;

/**
 * A table as a CSV file for spreadsheets: UTF-8 with a byte-order mark (Excel then reads umlauts
 * right), comma-separated, every cell quoted, CRLF line ends (RFC 4180). A cell a spreadsheet
 * would run as a formula is neutralised as OWASP recommends (docs/decisions/0142).
 */
public final class CsvRenderer {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setQuoteMode(QuoteMode.ALL)
            .setRecordSeparator("\r\n")
            .get();

    public void render(DataTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(table.header());
        for (List<String> row : table.rows()) {
            printer.printRecord(row.stream().map(CsvRenderer::neutralised).toList());
        }
        printer.flush();
    }

    /**
     * OWASP's "CSV injection" advice: a cell that starts with {@code =}, {@code +}, {@code -},
     * {@code @}, a tab or a carriage return gets a leading apostrophe, so a spreadsheet shows it as
     * text instead of evaluating it; every cell is quoted, quotes inside doubled (the format does it).
     */
    static String neutralised(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
