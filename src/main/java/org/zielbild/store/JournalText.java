package org.zielbild.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A journal file split into lines, read safely ({@link SafeFiles}): each line without its newline
 * (and without a trailing carriage return), a leading byte-order mark dropped.
 *
 * @param lastTerminated whether the file ends with a newline (otherwise the last line may be torn)
 */
record JournalText(List<byte[]> lines, boolean lastTerminated) {

    static final JournalText EMPTY = new JournalText(List.of(), true);

    static JournalText read(Path file) throws IOException {
        return split(Boms.strip(SafeFiles.read(file, SafeFiles.MAX_SESSION_BYTES)));
    }

    static JournalText split(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lines.add(line(bytes, start, i));
                start = i + 1;
            }
        }
        boolean terminated = start == bytes.length;
        if (!terminated) {
            lines.add(line(bytes, start, bytes.length));
        }
        return new JournalText(List.copyOf(lines), terminated);
    }

    private static byte[] line(byte[] bytes, int from, int to) {
        int end = to > from && bytes[to - 1] == '\r' ? to - 1 : to;
        return Arrays.copyOfRange(bytes, from, end);
    }
}
