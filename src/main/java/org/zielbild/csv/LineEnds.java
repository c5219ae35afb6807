package org.zielbild.csv;

/**
 * How a file ends its lines: LF (Linux, macOS), CR LF (Windows), CR alone (classic Mac OS, and
 * Excel for Mac's "CSV" to this day), a mix, or a single line. Imports see LF only: a text field
 * drops a lone CR, which turned a CR-only file into one long line.
 */
public enum LineEnds {
    NONE, LF, CRLF, CR, MIXED;

    static LineEnds of(String text) {
        int crlf = 0;
        int cr = 0;
        int lf = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    crlf++;
                    i++;
                } else {
                    cr++;
                }
            } else if (c == '\n') {
                lf++;
            }
        }
        int kinds = (crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0) + (lf > 0 ? 1 : 0);
        if (kinds == 0) {
            return NONE;
        }
        if (kinds > 1) {
            return MIXED;
        }
        return crlf > 0 ? CRLF : cr > 0 ? CR : LF;
    }

    /** Every CR LF and lone CR as LF. */
    static String normalize(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The key of the words for these line ends in the import preview. */
    public String labelKey() {
        return "textfile.lineEnds." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
