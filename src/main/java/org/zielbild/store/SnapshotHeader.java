package org.zielbild.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The few facts the start screen lists (id, title, date), read from the start of
 * {@code session.json} without reading the whole session.
 */
record SnapshotHeader(String id, String title, LocalDate date) {

    private static final JsonFactory FACTORY = new JsonFactory();

    static Optional<SnapshotHeader> read(Path snapshot) {
        try (JsonParser p = FACTORY.createParser(snapshot.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if ("session".equals(field)) {
                    return session(p);
                }
                p.skipChildren();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<SnapshotHeader> session(JsonParser p) throws IOException {
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
                return Optional.of(new SnapshotHeader(id, title, date));
            }
        }
        return Optional.empty();
    }
}
