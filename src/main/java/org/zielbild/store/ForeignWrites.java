package org.zielbild.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Before a writer takes a session folder back (0080): has anyone else written a session there
 * since this process last wrote? A snapshot or journal line from after that moment can only come
 * from another instance (which held the folder meanwhile, or still does); overwriting it would lose
 * that instance's saved changes.
 */
final class ForeignWrites {

    private static final int TAIL_BYTES = 64 << 10;

    private ForeignWrites() {
    }

    /** Why the folder now belongs to someone else, or empty when it may be taken back. */
    static Optional<String> since(SessionFiles files, String sessionId, Instant lastOwnWrite) {
        Optional<SnapshotHeader> header = SnapshotHeader.read(files.snapshot());
        if (header.isPresent() && !header.get().id().equals(sessionId)) {
            return Optional.of("another session (" + header.get().id() + ") is in the folder now");
        }
        if (header.isPresent() && header.get().savedAt() != null && header.get().savedAt().isAfter(lastOwnWrite)) {
            return Optional.of("session.json was saved at " + header.get().savedAt() + " by another instance");
        }
        Optional<Instant> lastLine = lastLineTime(files.journal());
        if (lastLine.isPresent() && lastLine.get().isAfter(lastOwnWrite)) {
            return Optional.of("journal.jsonl has a change from " + lastLine.get() + " by another instance");
        }
        return Optional.empty();
    }

    /** When the journal's last complete line happened, read from the file's end only. */
    static Optional<Instant> lastLineTime(Path journal) {
        try {
            if (!Files.exists(journal)) {
                return Optional.empty();
            }
            SafeFiles.requireOrdinary(journal);
            long size = Files.size(journal);
            byte[] tail;
            try (var ch = Files.newByteChannel(journal)) {
                ch.position(Math.max(0, size - TAIL_BYTES));
                tail = new byte[(int) Math.min(size, TAIL_BYTES)];
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(tail);
                while (buffer.hasRemaining() && ch.read(buffer) >= 0) {
                    // read on
                }
            }
            String text = new String(tail, StandardCharsets.UTF_8);
            int end = text.lastIndexOf('\n');
            int start = end < 0 ? -1 : text.lastIndexOf('\n', end - 1);
            if (end < 0) {
                return Optional.empty();
            }
            String line = text.substring(start + 1, end);
            int at = line.lastIndexOf("\"at\":\"");
            if (at < 0) {
                return Optional.empty();
            }
            int from = at + 6;
            return Optional.of(Instant.parse(line.substring(from, line.indexOf('"', from))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
