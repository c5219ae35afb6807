package org.zielbild.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.zielbild.domain.Message;

/**
 * Why stored bytes are not a session, in the user's words and true (issue 17, case 8): "cut off"
 * only for what really ends too early, "has no checksum" for complete JSON that Zielbild Studio did
 * not seal, "binary data" for what is not text, a place in the file rather than a Java class or a
 * parser's limit. The parser's own text goes to the log only.
 */
final class WhyUnreadable {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final int SNIFF = 64 << 10;

    private WhyUnreadable() {
    }

    /** Bytes (from {@code from} to {@code to}) that carry no checksum that matches: why. */
    static Message unsealed(byte[] bytes, int from, int to, boolean looksSealed) {
        if (hasZeroRun(bytes, from, to)) {
            return Message.of("store.damage.zeros"); // a hole: the disk lost part of a write, or two writers crossed
        }
        if (!isText(bytes, from, Math.min(to, from + SNIFF))) {
            return Message.of("store.damage.binary");
        }
        if (looksSealed) {
            return Message.of("store.damage.checksum");
        }
        int i = from;
        while (i < to && Character.isWhitespace(bytes[i])) {
            i++;
        }
        if (i == to || bytes[i] != '{') {
            return Message.of("store.damage.notSession");
        }
        try (JsonParser p = FACTORY.createParser(bytes, from, to - from)) {
            while (p.nextToken() != null) {
                // read to the end: complete JSON that simply has no checksum
            }
            return Message.of("store.damage.unsealed");
        } catch (JsonEOFException e) {
            return Message.of("store.damage.incomplete");
        } catch (IOException | RuntimeException e) {
            return invalidJson(e);
        }
    }

    /** A failure of the JSON parser or mapper on a file whose checksum matched (or an export without one). */
    static Message of(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StreamConstraintsException) {
                return Message.of("store.damage.tooLong"); // a parser limit, wrapped by the mapper
            }
        }
        if (e instanceof JsonEOFException) {
            return Message.of("store.damage.incomplete");
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return Message.of("store.damage.unknownField", u.getPropertyName(), parentPath(u));
        }
        if (e instanceof InvalidTypeIdException t) {
            return Message.of("store.damage.unknownChange", String.valueOf(t.getTypeId()));
        }
        if (e instanceof JsonParseException p) {
            String text = String.valueOf(p.getOriginalMessage());
            if (text.startsWith("Duplicate field '")) {
                int end = text.indexOf('\'', 17);
                return Message.of("store.damage.duplicateField", end > 17 ? text.substring(17, end) : "?");
            }
            return invalidJson(p);
        }
        if (e instanceof JsonMappingException m) {
            String text = String.valueOf(m.getOriginalMessage());
            if (text.startsWith("Trailing token")) {
                return Message.of("store.damage.trailing");
            }
            String path = path(m);
            return path.isEmpty() ? Message.of("store.damage.badShape") : Message.of("store.damage.badValue", path);
        }
        if (e instanceof JsonProcessingException p) {
            return invalidJson(p);
        }
        return Message.of("store.damage.badShape");
    }

    private static Message invalidJson(Exception e) {
        JsonLocation at = e instanceof JsonProcessingException p ? p.getLocation() : null;
        return at == null || at.getLineNr() < 1 ? Message.of("store.damage.notJson")
                : Message.of("store.damage.notJsonAt", at.getLineNr(), at.getColumnNr());
    }

    /** Where in the file, as the file's own names: {@code session.boards.notes[3].id}. */
    static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                out.append('[').append(r.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    /** The place that holds an unknown field: its path without the field itself (the file's top when empty). */
    private static Message parentPath(UnrecognizedPropertyException u) {
        String path = path(u);
        int cut = path.lastIndexOf('.');
        String parent = cut < 0 ? "" : path.substring(0, cut);
        return parent.isEmpty() ? Message.of("store.damage.topLevel") : Message.of("store.damage.at", parent);
    }

    /** Eight zero bytes in a row: never in text, typical of a hole in a file. */
    private static boolean hasZeroRun(byte[] bytes, int from, int to) {
        int run = 0;
        for (int i = from; i < to; i++) {
            run = bytes[i] == 0 ? run + 1 : 0;
            if (run >= 8) {
                return true;
            }
        }
        return false;
    }

    /** UTF-8 text without NUL or other control characters than tab, line feed and carriage return. */
    private static boolean isText(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        if (decodes(bytes, from, to)) {
            return true;
        }
        // a character of up to four bytes cut by the end of the sniffing window is still text
        for (int cut = 1; cut <= 3 && to - from >= SNIFF; cut++) {
            if (decodes(bytes, from, to - cut)) {
                return true;
            }
        }
        return false;
    }

    private static boolean decodes(byte[] bytes, int from, int to) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, from, to - from));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
