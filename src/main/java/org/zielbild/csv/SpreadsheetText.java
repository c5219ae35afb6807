package org.zielbild.csv;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Text files as spreadsheets and editors write them, read the same way by the CLI and the UI
 * imports ({@link TextFile}, docs/decisions/0085): the encoding from a byte-order mark or the bytes,
 * line ends made LF, and the delimiter (tab, semicolon or comma) from the first line.
 */
public final class SpreadsheetText {

    /** More than this is not a list of names or notes; refuse it rather than freeze the UI. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    /**
     * Rows (besides a header) an import or the {@code assign} command reads at most: far above a
     * workshop's people, and what the assignment engine solves in seconds (30,000 took 41 s).
     */
    public static final int MAX_ROWS = 10_000;

    private SpreadsheetText() {
    }

    /**
     * Reads and decodes a file as {@link TextFile#read} does.
     *
     * @throws UnreadableText when it cannot be read or is refused (empty, binary, too large, a pipe, ...)
     */
    public static String read(Path file) throws IOException {
        return TextFile.read(file).detected().text();
    }

    /** The bytes as text in the encoding they most likely are in, never refusing; line ends made LF. */
    public static String decode(byte[] bytes) {
        return DecodedText.of(bytes, EncodingGuess.guess(bytes).encoding()).text();
    }

    /**
     * The column separator of the first non-blank line, counting outside double quotes: tab when it
     * has at least as many tabs as commas and semicolons (Excel's "Unicode Text"; commas inside cells
     * are common, tabs are not), semicolon when it has more semicolons than commas (German Excel), else comma.
     */
    public static char delimiter(String text) {
        String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        int tabs = 0;
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < first.length(); i++) {
            char c = first.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                tabs += c == '\t' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
            }
        }
        if (tabs > 0 && tabs >= commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }
}
