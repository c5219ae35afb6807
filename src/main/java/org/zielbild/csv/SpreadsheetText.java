package org.zielbild.csv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Text files as spreadsheets and editors write them, read the same way by the CLI and the UI
 * imports: UTF-8 with or without a byte-order mark, Windows-1252 as a fallback (German Excel's
 * "CSV (Trennzeichen-getrennt)"), comma- or semicolon-separated.
 */
public final class SpreadsheetText {

    /** More than this is not a list of names or notes; refuse it rather than freeze the UI. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private SpreadsheetText() {
    }

    /**
     * Reads and decodes a file.
     *
     * @throws IOException when it cannot be read or is larger than {@link #MAX_BYTES}
     */
    public static String read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new IOException("file too large: " + size + " bytes (at most " + MAX_BYTES + ")");
        }
        return decode(Files.readAllBytes(file));
    }

    /** UTF-8 (a leading byte-order mark dropped), or Windows-1252 when the bytes are not UTF-8. */
    public static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer content = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(content)
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            content.rewind();
            return Charset.forName("windows-1252").decode(content).toString();
        }
    }

    /** Semicolon if the first non-blank line has more semicolons than commas (German Excel), else comma. */
    public static char delimiter(String text) {
        String firstLine = text.strip().lines().findFirst().orElse("");
        long semicolons = firstLine.chars().filter(c -> c == ';').count();
        long commas = firstLine.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }
}
