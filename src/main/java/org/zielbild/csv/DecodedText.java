package org.zielbild.csv;

/**
 * A file's bytes read as text in one encoding, and what was found on the way.
 *
 * @param text          the text without a byte-order mark, every line ending in LF
 * @param encoding      the encoding it was read in
 * @param byteOrderMark true when the file began with this encoding's byte-order mark
 * @param lineEnds      how the file ended its lines
 * @param delimiter     the column separator the first line suggests: tab, semicolon or comma
 * @param unreadable    characters that are not valid in this encoding, shown as U+FFFD
 */
public record DecodedText(String text, TextEncoding encoding, boolean byteOrderMark, LineEnds lineEnds, char delimiter,
                          int unreadable) {

    /** Reads {@code bytes} in {@code encoding}, never refusing: what does not decode becomes U+FFFD. */
    public static DecodedText of(byte[] bytes, TextEncoding encoding) {
        String raw = encoding.decode(bytes);
        int unreadable = (int) raw.chars().filter(c -> c == '\uFFFD').count();
        return of(raw, encoding, encoding.startsWithMark(bytes), unreadable);
    }

    static DecodedText of(String raw, TextEncoding encoding, boolean byteOrderMark, int unreadable) {
        String text = LineEnds.normalize(raw);
        return new DecodedText(text, encoding, byteOrderMark, LineEnds.of(raw), SpreadsheetText.delimiter(text),
                unreadable);
    }
}
