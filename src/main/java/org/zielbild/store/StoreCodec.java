package org.zielbild.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.zielbild.domain.Message;
import org.zielbild.session.JournalEntry;

/**
 * Bytes of session files ↔ values: sealed snapshots and journal lines, plain exports, schema
 * versions and migrations. Thread-safe.
 */
final class StoreCodec {

    /**
     * Made on first use: a mapper knows every change type, and the start screen lists sessions
     * without one (its first frame does not wait for them, decision 0090).
     */
    private final Lazy<ObjectMapper> json = new Lazy<>(StoreJson::mapper);
    /** For import files: a picture is one long Base64 text (0111), so texts may be as long as the largest one. */
    private final Lazy<ObjectMapper> importJson = new Lazy<>(() -> {
        ObjectMapper m = StoreJson.mapper();
        m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(CarriedAttachments.MAX_ENCODED_CHARS).build());
        return m;
    });
    private final Migrations migrations;

    StoreCodec(Migrations migrations) {
        this.migrations = migrations;
    }

    /** Makes the mappers now (on a thread with time to spare), so the first session opened does not wait for them. */
    void prepare() {
        json.get();
    }

    StoreCodec() {
        this(Migrations.standard());
    }

    int currentVersion() {
        return migrations.current();
    }

    // --- writing ---

    /** {@code session.json}: one sealed JSON object and a newline. */
    byte[] snapshot(Snapshot snapshot) throws JsonProcessingException {
        return line(json.get().writeValueAsBytes(snapshot));
    }

    /** One journal line: a sealed JSON object and a newline. */
    byte[] line(JournalEntry entry) throws JsonProcessingException {
        return line(json.get().writeValueAsBytes(entry));
    }

    /** An export file: indented for people, not sealed (it may be re-formatted by mail or tools). */
    byte[] export(SessionExport export) throws JsonProcessingException {
        return json.get().writerWithDefaultPrettyPrinter().writeValueAsBytes(export);
    }

    private static byte[] line(byte[] object) {
        byte[] sealed = Seal.seal(object);
        byte[] out = Arrays.copyOf(sealed, sealed.length + 1);
        out[sealed.length] = '\n';
        return out;
    }

    // --- reading ---

    /** Reads {@code session.json} (or a backup), migrating older versions. */
    Snapshot readSnapshot(byte[] raw) throws Unreadable, NewerSchemaException {
        byte[] bytes = Boms.strip(raw); // an editor's byte-order mark is no damage
        byte[] body = unseal(bytes, trimmedLength(bytes));
        int version = peekVersion(body);
        if (version == migrations.current()) {
            return map(body, Snapshot.class);
        }
        ObjectNode tree = tree(body);
        checkVersion(version);
        migrations.snapshot(tree, version);
        return map(tree, Snapshot.class);
    }

    /**
     * Reads an export file, or a {@code session.json} the user picked instead (sealed or not).
     */
    ImportedSession readImport(byte[] raw) throws Unreadable, NewerSchemaException {
        byte[] bytes = Boms.strip(raw);
        int length = trimmedLength(bytes);
        byte[] body = Seal.looksSealed(bytes, length) ? unseal(bytes, length) : Arrays.copyOf(bytes, length);
        ObjectNode tree = tree(importJson.get(), body);
        int version = versionOf(tree);
        checkVersion(version);
        migrations.snapshot(tree, version);
        if (tree.has("format")) {
            if (!SessionExport.FORMAT.equals(tree.path("format").asText())) {
                throw new Unreadable(Message.of("store.damage.notSession"));
            }
            SessionExport export = map(importJson.get(), tree, SessionExport.class);
            return new ImportedSession(export.session(), version, export.attachments(), true);
        }
        return new ImportedSession(map(tree, Snapshot.class).session(), version, java.util.Map.of(), false);
    }

    /**
     * A session read from an import file, the schema version the file had, the attachments it
     * carries (unchecked yet), and whether it was an export (else a {@code session.json}).
     */
    record ImportedSession(org.zielbild.domain.Session session, int version,
                           java.util.Map<String, String> attachments, boolean export) {
    }

    /**
     * Checks one journal line (without its newline) and reads its sequence number.
     *
     * @throws Unreadable when the line is cut off or garbled (its seal does not match)
     */
    SealedLine readLine(byte[] buffer, int length) throws Unreadable {
        byte[] body = unseal(buffer, length);
        ObjectNode tree = tree(body);
        JsonNode seq = tree.get("seq");
        if (seq == null || !seq.canConvertToLong()) {
            throw new Unreadable(Message.of("store.damage.noSeq"));
        }
        return new SealedLine(seq.longValue(), tree);
    }

    /** A journal line whose seal matched; its entry is read only when it is needed. */
    record SealedLine(long seq, ObjectNode tree) {

        /** When the change was made, read without mapping the entry; null when the line does not say. */
        java.time.Instant at() {
            JsonNode at = tree.get("at");
            try {
                return at != null && at.isTextual() ? java.time.Instant.parse(at.asText()) : null;
            } catch (java.time.format.DateTimeParseException e) {
                return null;
            }
        }
    }

    /** The entry of a line written under schema {@code version}, migrated to the current one. */
    JournalEntry entry(SealedLine line, int version) throws Unreadable {
        if (version != migrations.current()) {
            migrations.entry(line.tree(), version);
        }
        return map(line.tree(), JournalEntry.class);
    }

    private void checkVersion(int version) throws NewerSchemaException, Unreadable {
        if (version > migrations.current()) {
            throw new NewerSchemaException(version);
        }
        if (version < 1) {
            throw new Unreadable(Message.of("store.damage.noVersion"));
        }
    }

    private static int trimmedLength(byte[] bytes) {
        int n = bytes.length;
        while (n > 0 && (bytes[n - 1] == '\n' || bytes[n - 1] == '\r' || bytes[n - 1] == ' ' || bytes[n - 1] == '\t')) {
            n--;
        }
        return n;
    }

    private static byte[] unseal(byte[] bytes, int length) throws Unreadable {
        if (length == 0) {
            throw new Unreadable(Message.of("store.damage.empty"));
        }
        Optional<byte[]> body = Seal.open(bytes, length);
        if (body.isPresent()) {
            return body.get();
        }
        throw new Unreadable(WhyUnreadable.unsealed(bytes, 0, length, Seal.looksSealed(bytes, length)));
    }

    /** The schema version when it is the first member (as we write it); otherwise read from the tree. */
    private int peekVersion(byte[] body) throws Unreadable {
        try (JsonParser p = json.get().getFactory().createParser(body)) {
            if (p.nextToken() == JsonToken.START_OBJECT && p.nextToken() == JsonToken.FIELD_NAME
                    && "schemaVersion".equals(p.currentName()) && p.nextToken() == JsonToken.VALUE_NUMBER_INT) {
                return p.getIntValue();
            }
        } catch (IOException e) {
            throw new Unreadable(WhyUnreadable.of(e), e);
        }
        return versionOf(tree(body));
    }

    private static int versionOf(JsonNode tree) throws Unreadable {
        JsonNode v = tree.get("schemaVersion");
        if (v == null || !v.canConvertToInt()) {
            throw new Unreadable(Message.of("store.damage.noVersion"));
        }
        return v.intValue();
    }

    private ObjectNode tree(byte[] body) throws Unreadable {
        return tree(json.get(), body);
    }

    private static ObjectNode tree(ObjectMapper json, byte[] body) throws Unreadable {
        try {
            JsonNode node = json.readTree(body);
            if (node instanceof ObjectNode o) {
                return o;
            }
            throw new Unreadable(Message.of("store.damage.notSession"));
        } catch (IOException e) {
            throw new Unreadable(WhyUnreadable.of(e), e);
        }
    }

    private <T> T map(byte[] body, Class<T> type) throws Unreadable {
        try {
            return json.get().readValue(body, type);
        } catch (IOException | RuntimeException e) {
            throw unmappable(e);
        }
    }

    private <T> T map(JsonNode tree, Class<T> type) throws Unreadable {
        return map(json.get(), tree, type);
    }

    private static <T> T map(ObjectMapper json, JsonNode tree, Class<T> type) throws Unreadable {
        try {
            return json.treeToValue(tree, type);
        } catch (IOException | RuntimeException e) {
            throw unmappable(e);
        }
    }

    /** In the user's words (unknown fields and change types usually mean "written by a newer version"). */
    private static Unreadable unmappable(Exception e) {
        return new Unreadable(WhyUnreadable.of(e), e);
    }
}
