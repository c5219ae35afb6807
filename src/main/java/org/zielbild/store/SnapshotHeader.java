package org.zielbild.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The few facts the start screen lists (id, title, date) and the lock needs (seq, when saved),
 * read from the first {@value #HEAD_BYTES} bytes of {@code session.json}: we write them first, so
 * the rest of the file (which may be huge, or not a file at all) is never read for a listing.
 *
 * @param seq     -1 when the head does not say
 * @param savedAt null when the head does not say
 */
record SnapshotHeader(String id, String title, LocalDate date, long seq, Instant savedAt) {

    static final int HEAD_BYTES = 64 << 10;
    private static final JsonFactory FACTORY = new JsonFactory();

    /** The header, or empty when the file is missing, unsuitable or does not start like a snapshot. */
    static Optional<SnapshotHeader> read(Path snapshot) {
        try {
            return parse(SafeFiles.head(snapshot, HEAD_BYTES));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The header from a file's first bytes (which may end in the middle of the JSON). */
    static Optional<SnapshotHeader> parse(byte[] head) {
        int start = Boms.utf8Length(head);
        try (JsonParser p = FACTORY.createParser(head, start, head.length - start)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            long seq = -1;
            Instant savedAt = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("session".equals(field)) {
                    return session(p, seq, savedAt);
                } else if ("seq".equals(field) && value == JsonToken.VALUE_NUMBER_INT) {
                    seq = p.getLongValue();
                } else if ("savedAt".equals(field) && value == JsonToken.VALUE_STRING) {
                    savedAt = Instant.parse(p.getText());
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<SnapshotHeader> session(JsonParser p, long seq, Instant savedAt) throws IOException {
        String id = null;
        String title = null;
        LocalDate date = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if ("id".equals(field)) {
                id = p.getValueAsString();
            } else if ("info".equals(field)) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String f = p.currentName();
                    p.nextToken();
                    if ("title".equals(f)) {
                        title = p.getValueAsString();
                    } else if ("date".equals(f) && p.currentToken() == JsonToken.VALUE_STRING) {
                        date = LocalDate.parse(p.getText());
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
            if (id != null && title != null) {
                return Optional.of(new SnapshotHeader(id, title, date, seq, savedAt));
            }
        }
        return Optional.empty();
    }
}
