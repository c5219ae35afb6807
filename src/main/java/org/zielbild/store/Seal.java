package org.zielbild.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * A CRC-32C checksum inside a JSON object, so a flipped byte in a session file is noticed instead
 * of silently loading wrong data. A sealed object is the original JSON object with one extra last
 * member: {@code {...,"crc":"1a2b3c4d"}}. It stays valid JSON (readable with any tool); the
 * checksum covers the object as it was before the member was added.
 */
final class Seal {

    private static final byte[] MEMBER = ",\"crc\":\"".getBytes(StandardCharsets.US_ASCII);
    /** {@code ,"crc":"} + 8 hex digits + {@code "}}. */
    private static final int SUFFIX = MEMBER.length + 8 + 2;
    private static final HexFormat HEX = HexFormat.of();

    private Seal() {
    }

    /** Seals a JSON object (must start with '{' and end with '}' and have at least one member). */
    static byte[] seal(byte[] json) {
        if (json.length < 3 || json[0] != '{' || json[json.length - 1] != '}') {
            throw new IllegalArgumentException("not a non-empty JSON object");
        }
        String crc = HEX.toHexDigits((int) crc(json, json.length));
        byte[] out = Arrays.copyOf(json, json.length - 1 + SUFFIX);
        int at = json.length - 1;
        System.arraycopy(MEMBER, 0, out, at, MEMBER.length);
        at += MEMBER.length;
        byte[] digits = crc.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(digits, 0, out, at, digits.length);
        out[out.length - 2] = '"';
        out[out.length - 1] = '}';
        return out;
    }

    /** Whether {@code sealed} ends with a checksum member at all (independent of its value). */
    static boolean looksSealed(byte[] sealed, int length) {
        if (length < SUFFIX + 2 || sealed[length - 1] != '}' || sealed[length - 2] != '"') {
            return false;
        }
        int at = length - SUFFIX;
        for (int i = 0; i < MEMBER.length; i++) {
            if (sealed[at + i] != MEMBER[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The original JSON object when the checksum matches; empty when the seal is missing or wrong.
     *
     * @param length how many bytes of {@code sealed} count (lines are read into larger buffers)
     */
    static Optional<byte[]> open(byte[] sealed, int length) {
        if (!looksSealed(sealed, length)) {
            return Optional.empty();
        }
        int bodyEnd = length - SUFFIX;
        String digits = new String(sealed, bodyEnd + MEMBER.length, 8, StandardCharsets.US_ASCII);
        long expected;
        try {
            expected = Integer.toUnsignedLong(HEX.fromHexDigits(digits));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        byte[] body = Arrays.copyOf(sealed, bodyEnd + 1);
        body[bodyEnd] = '}';
        return crc(body, body.length) == expected ? Optional.of(body) : Optional.empty();
    }

    private static long crc(byte[] bytes, int length) {
        CRC32C c = new CRC32C();
        c.update(bytes, 0, length);
        return c.getValue();
    }
}
