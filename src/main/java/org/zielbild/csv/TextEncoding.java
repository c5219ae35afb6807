package org.zielbild.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The encodings text files for an import come in, as people really save them: UTF-8 (with or
 * without a byte-order mark), UTF-16 (Excel's "Unicode Text"), Windows-1252 (Excel's "CSV" on
 * Windows), ISO-8859-15 and Mac OS Roman (Excel's "CSV" on older Macs). Mac OS Roman is decoded
 * from a table of our own: the JDK keeps it in jdk.charsets, which the app's runtime image leaves out.
 */
public enum TextEncoding {
    UTF_8(StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
    UTF_16LE(StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}),
    UTF_16BE(StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF}),
    WINDOWS_1252(Charset.forName("windows-1252"), new byte[0]),
    ISO_8859_15(Charset.forName("ISO-8859-15"), new byte[0]),
    MAC_ROMAN(null, new byte[0]);

    private final Charset charset;
    private final byte[] byteOrderMark;

    TextEncoding(Charset charset, byte[] byteOrderMark) {
        this.charset = charset;
        this.byteOrderMark = byteOrderMark;
    }

    /** The key of the name shown in the import preview's encoding choice. */
    public String labelKey() {
        return "textfile.encoding." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** True for the Unicode encodings, which a file can declare with a byte-order mark. */
    public boolean hasByteOrderMark() {
        return byteOrderMark.length > 0;
    }

    /** The encoding whose byte-order mark {@code bytes} begin with (UTF-32 is no text we read). */
    static Optional<TextEncoding> byByteOrderMark(byte[] bytes) {
        if (bytes.length >= 4 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE && bytes[2] == 0 && bytes[3] == 0) {
            return Optional.empty();
        }
        for (TextEncoding e : values()) {
            if (e.hasByteOrderMark() && e.startsWithMark(bytes)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    boolean startsWithMark(byte[] bytes) {
        if (!hasByteOrderMark() || bytes.length < byteOrderMark.length) {
            return false;
        }
        for (int i = 0; i < byteOrderMark.length; i++) {
            if (bytes[i] != byteOrderMark[i]) {
                return false;
            }
        }
        return true;
    }

    /** The bytes as text; what cannot be read becomes U+FFFD. A byte-order mark of this encoding is dropped. */
    String decode(byte[] bytes) {
        int start = startsWithMark(bytes) ? byteOrderMark.length : 0;
        if (this == MAC_ROMAN) {
            return MacRoman.decode(bytes, start);
        }
        return charset.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
    }

    /**
     * The bytes as text, or the offset of the first byte that is not valid in this encoding
     * (reported through {@link NotInEncoding}). A byte-order mark of this encoding is dropped.
     */
    String decodeStrictly(byte[] bytes) throws NotInEncoding {
        int start = startsWithMark(bytes) ? byteOrderMark.length : 0;
        if (this == MAC_ROMAN) {
            return MacRoman.decode(bytes, start);
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate((int) (in.remaining() * (double) decoder.maxCharsPerByte()) + 1);
        try {
            var result = decoder.decode(in, out, true);
            if (result.isError()) {
                throw new NotInEncoding(in.position());
            }
            result = decoder.flush(out);
            if (result.isError()) {
                throw new NotInEncoding(in.position());
            }
        } catch (IllegalStateException e) {
            throw new NotInEncoding(in.position());
        }
        out.flip();
        return out.toString();
    }

    /** Bytes that are not text in an encoding, from the byte at {@code offset} (counted from 0). */
    static final class NotInEncoding extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        final int offset;

        NotInEncoding(int offset) {
            this.offset = offset;
        }
    }
}
