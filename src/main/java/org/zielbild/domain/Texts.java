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
        // Roster checks compute this for every name on each change: skip the normaliser where it changes nothing.
        String normalized = nfkcStable(cleaned) ? cleaned : Normalizer.normalize(cleaned, Normalizer.Form.NFKC);
        return normalized.toLowerCase(Locale.ROOT);
    }

    /**
     * Whether {@code identityKey(cleaned)} equals {@code key}, without making the key where that
     * is not needed: the roster compares a new name with every name on each change.
     */
    public static boolean hasIdentityKey(String cleaned, String key) {
        if (!nfkcStable(cleaned)) {
            return identityKey(cleaned).equals(key);
        }
        // Lower-casing ASCII and Latin-1 letters maps one char to one char.
        if (cleaned.length() != key.length()) {
            return false;
        }
        for (int i = 0; i < cleaned.length(); i++) {
            if (Character.toLowerCase(cleaned.charAt(i)) != key.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when NFKC leaves the text as it is because every character is ASCII or a Latin-1 letter
     * (À–ÿ, ×, ÷): none of them has a compatibility mapping or combines with its neighbours
     * (TextsTest checks every one and every pair against the normaliser).
     */
    static boolean nfkcStable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && (c < 0xC0 || c > 0xFF)) {
                return false;
            }
        }
        return true;
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
