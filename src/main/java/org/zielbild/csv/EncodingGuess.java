package org.zielbild.csv;

import java.util.Optional;

/**
 * Which encoding a file's bytes are in (docs/decisions/0085): the byte-order mark when there is one;
 * UTF-16 without a mark when every other byte is zero; UTF-8 when the bytes are valid UTF-8; else
 * Windows-1252 or Mac OS Roman, whichever reads the bytes above 0x7F as the more likely letters.
 */
final class EncodingGuess {

    /** Letters of Western European names and words: what a byte above 0x7F most likely is. */
    private static final String COMMON = "äöüßéèêëàâáãçñíìîïóòôõúùûåæøÄÖÜÉÈÀÁÍÓÚÑÇÅÆØ";
    /** Typographic punctuation Windows-1252 has at 0x80-0x9F and people type between words. */
    private static final String PUNCTUATION = "’‘“”„–—…•€";
    /** How much more likely Mac OS Roman must read: Windows files are by far the more common. */
    private static final int MAC_MARGIN = 2;
    private static final int SAMPLE = 64 * 1024;

    private EncodingGuess() {
    }

    /** The guess and whether the file declared it with a byte-order mark. */
    record Guess(TextEncoding encoding, boolean byteOrderMark) {
    }

    static Guess guess(byte[] bytes) {
        Optional<TextEncoding> marked = TextEncoding.byByteOrderMark(bytes);
        if (marked.isPresent()) {
            return new Guess(marked.get(), true);
        }
        Optional<TextEncoding> utf16 = utf16WithoutMark(bytes);
        if (utf16.isPresent()) {
            return new Guess(utf16.get(), false);
        }
        if (isUtf8(bytes)) {
            return new Guess(TextEncoding.UTF_8, false);
        }
        return new Guess(macRomanIsLikelier(bytes) ? TextEncoding.MAC_ROMAN : TextEncoding.WINDOWS_1252, false);
    }

    /** ASCII text in UTF-16 has a zero in every other byte; which half says the byte order. */
    private static Optional<TextEncoding> utf16WithoutMark(byte[] bytes) {
        int pairs = Math.min(bytes.length, SAMPLE) / 2;
        if (pairs < 2) {
            return Optional.empty();
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        if (oddZeros * 10 >= pairs * 4 && evenZeros * 20 < pairs) {
            return Optional.of(TextEncoding.UTF_16LE);
        }
        if (evenZeros * 10 >= pairs * 4 && oddZeros * 20 < pairs) {
            return Optional.of(TextEncoding.UTF_16BE);
        }
        return Optional.empty();
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            TextEncoding.UTF_8.decodeStrictly(bytes);
            return true;
        } catch (TextEncoding.NotInEncoding e) {
            return false;
        }
    }

    /**
     * Scores each byte above 0x7F as both tables read it, in the context of its neighbours as that
     * table reads them: a common letter +2, punctuation where people put it +1, a rare letter 0,
     * implausible letter case or punctuation -1 or -2, a byte the table does not define -5. Mac OS
     * Roman must win by {@link #MAC_MARGIN}.
     */
    static boolean macRomanIsLikelier(byte[] bytes) {
        byte[] sample = bytes.length > SAMPLE ? java.util.Arrays.copyOf(bytes, SAMPLE) : bytes;
        String windows = TextEncoding.WINDOWS_1252.decode(sample);
        String mac = TextEncoding.MAC_ROMAN.decode(sample);
        int macScore = 0;
        int winScore = 0;
        for (int i = 0; i < sample.length; i++) {
            if ((sample[i] & 0xFF) >= 0x80) {
                macScore += score(mac, i);
                winScore += score(windows, i);
            }
        }
        return macScore - winScore >= MAC_MARGIN;
    }

    private static int score(String text, int i) {
        char c = text.charAt(i);
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        if (c == '\uFFFD' || Character.isISOControl(c)) {
            return -5;
        }
        if (Character.isLetter(c)) {
            return letter(c, before, after, i + 2 < text.length() ? text.charAt(i + 2) : ' ');
        }
        boolean letterBefore = Character.isLetterOrDigit(before);
        boolean letterAfter = Character.isLetterOrDigit(after);
        boolean oneSide = letterBefore != letterAfter;
        return switch (c) {
            case '“' -> oneSide ? 1 : -1; // opens in English, closes in German
            case '„' -> letterAfter && !letterBefore ? 1 : -1;
            case '”' -> letterBefore && !letterAfter ? 1 : -1;
            case '’' -> letterBefore ? (letterAfter ? 2 : 1) : -1; // the apostrophe in "don’t" is common
            case '‘', '‚' -> oneSide ? 0 : -1; // rare
            case '–', '—' -> letterBefore && letterAfter ? -1 : 1;
            case '…' -> letterBefore || before == '.' ? 1 : 0;
            case '•' -> !letterBefore ? 1 : -1;
            case '€' -> Character.isDigit(before) || Character.isDigit(after) || !letterBefore && !letterAfter ? 1 : -1;
            default -> letterBefore && letterAfter ? -2 : 0;
        };
    }

    private static int letter(char c, char before, char after, char afterNext) {
        boolean upper = Character.isUpperCase(c);
        boolean wordStart = !Character.isLetter(before);
        if (upper && (Character.isLowerCase(before) || !wordStart && Character.isLowerCase(after))) {
            return -2; // "JosÈ", "FranÁois", "MŸller"
        }
        if (upper && wordStart && Character.isUpperCase(after) && Character.isLowerCase(afterNext)
                || !upper && Character.isUpperCase(after)) {
            return -2; // "„Zielbild" read as "ÑZielbild" or "ãZielbild"
        }
        if (wordStart && !Character.isLetter(after)) {
            return upper ? -1 : 0; // a letter alone: "Nord Ñ;Service"
        }
        if (wordStart && !upper) {
            return 0; // names begin with a capital: "çngel" is "Ángel" in the other table
        }
        return COMMON.indexOf(c) >= 0 ? 2 : 0;
    }
}
