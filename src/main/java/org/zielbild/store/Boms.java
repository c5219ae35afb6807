package org.zielbild.store;

/**
 * A UTF-8 byte-order mark (EF BB BF) at the start of a file: some editors add it when they save.
 * It carries no content, so the store reads past it instead of calling the file garbled (0083).
 */
final class Boms {

    private Boms() {
    }

    /** 3 when {@code bytes} starts with a UTF-8 byte-order mark, else 0. */
    static int utf8Length(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    /** The bytes without a leading UTF-8 byte-order mark. */
    static byte[] strip(byte[] bytes) {
        int n = utf8Length(bytes);
        return n == 0 ? bytes : java.util.Arrays.copyOfRange(bytes, n, bytes.length);
    }
}
