package org.zielbild.session;

import java.util.Arrays;
import java.util.Optional;

/**
 * What kinds of file a session keeps as attachments, told apart by their first bytes (never by the
 * file name, which may lie): the picture formats JavaFX can show.
 */
public enum AttachmentKind {
    IMAGE;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] GIF = {'G', 'I', 'F', '8'};
    private static final byte[] BMP = {'B', 'M'};

    /** How many leading bytes {@link #extensionOf} needs. */
    public static final int HEAD = 8;

    /** The file extension for a file that starts with {@code head}, or empty when it is not of this kind. */
    public Optional<String> extensionOf(byte[] head) {
        if (startsWith(head, PNG)) {
            return Optional.of("png");
        }
        if (startsWith(head, JPEG)) {
            return Optional.of("jpg");
        }
        if (startsWith(head, GIF)) {
            return Optional.of("gif");
        }
        if (startsWith(head, BMP)) {
            return Optional.of("bmp");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
