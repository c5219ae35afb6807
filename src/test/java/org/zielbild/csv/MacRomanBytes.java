package org.zielbild.csv;

/** Text as Mac OS Roman bytes, from our own table (so the tests run on a JDK without jdk.charsets). */
final class MacRomanBytes {

    private MacRomanBytes() {
    }

    static byte[] of(String text) {
        byte[] out = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out[i] = c < 0x80 ? (byte) c : high(c);
        }
        return out;
    }

    private static byte high(char c) {
        for (int b = 0x80; b <= 0xFF; b++) {
            if (MacRoman.high(b) == c) {
                return (byte) b;
            }
        }
        throw new IllegalArgumentException("not in Mac OS Roman: " + c);
    }
}
