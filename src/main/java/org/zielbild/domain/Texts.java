package org.zielbild.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Cleans text that users type or paste, so that odd Unicode cannot hide duplicates or break
 * layouts: NFC-normalised, control and invisible formatting characters removed, trimmed.
 */
public final class Texts {

    private Texts() {
    }

    /** A single-line text: line breaks and tabs become spaces, runs of spaces collapse. */
    public static String singleLine(String raw) {
        if (raw == null) {
            return "";
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(s.length());
        boolean lastSpace = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (!lastSpace && out.length() > 0) {
                    out.append(' ');
                }
                lastSpace = true;
            } else if (!isInvisible(cp)) {
                out.appendCodePoint(cp);
                lastSpace = false;
            }
        }
        return out.toString().strip();
    }

    /** A multi-line text: like {@link #singleLine} per line, line breaks kept (CRLF becomes LF). */
    public static String multiLine(String raw) {
        if (raw == null) {
            return "";
        }
        String[] lines = raw.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(singleLine(line));
        }
        return out.toString().strip();
    }

    /** The key under which two names count as the same: case and accents-in-composition ignored. */
    public static String identityKey(String cleaned) {
        return Normalizer.normalize(cleaned, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** Number of user-perceived characters (code points), not UTF-16 units. */
    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Control characters and zero-width/bidi formatting characters, except the emoji joiner. */
    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        if (type == Character.CONTROL) {
            return true;
        }
        // U+200D (zero-width joiner) and variation selectors build emoji; keep them.
        return type == Character.FORMAT && cp != 0x200D;
    }
}
