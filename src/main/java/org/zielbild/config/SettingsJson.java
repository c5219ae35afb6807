package org.zielbild.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.zielbild.domain.Language;

/**
 * {@code settings.json} read and written with Jackson's streaming API: the settings are read
 * before the first window, and a data-binding mapper costs that start about a fifth of a second
 * (docs/decisions/0090). Unknown members are skipped (a newer version's file still loads); a member
 * of the wrong kind makes the file damaged, as any other unreadable file.
 */
final class SettingsJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private SettingsJson() {
    }

    static Settings read(byte[] bytes) throws IOException {
        try (JsonParser p = FACTORY.createParser(bytes)) {
            JsonToken first = p.nextToken();
            if (first == null || first == JsonToken.VALUE_NULL) {
                return null;
            }
            Settings settings = settings(p);
            if (p.nextToken() != null) {
                throw new JsonParseException(p, "more after the settings");
            }
            return settings;
        }
    }

    private static Settings settings(JsonParser p) throws IOException {
        expect(p, JsonToken.START_OBJECT);
        Language language = null;
        String workspace = null;
        List<String> recent = null;
        RoomSettings room = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "language" -> language = value == JsonToken.VALUE_NULL ? null : enumValue(p, Language.class);
                case "workspace" -> workspace = text(p);
                case "recentFolders" -> recent = texts(p);
                case "room" -> room = value == JsonToken.VALUE_NULL ? null : room(p);
                default -> p.skipChildren();
            }
        }
        expect(p, JsonToken.END_OBJECT);
        return new Settings(language, workspace, recent, room);
    }

    private static RoomSettings room(JsonParser p) throws IOException {
        expect(p, JsonToken.START_OBJECT);
        Boolean chime = null;
        Integer volume = null;
        ProjectorTheme theme = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            boolean none = value == JsonToken.VALUE_NULL;
            switch (name) {
                case "chime" -> chime = none ? null : bool(p);
                case "chimeVolume" -> volume = none ? null : integer(p);
                case "projectorTheme" -> theme = none ? null : enumValue(p, ProjectorTheme.class);
                default -> p.skipChildren();
            }
        }
        expect(p, JsonToken.END_OBJECT);
        return new RoomSettings(chime, volume, theme);
    }

    static void write(Settings s, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("language", s.language().name());
            g.writeStringField("workspace", s.workspace());
            g.writeArrayFieldStart("recentFolders");
            for (String folder : s.recentFolders()) {
                g.writeString(folder);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("room");
            g.writeBooleanField("chime", s.room().chime());
            g.writeNumberField("chimeVolume", s.room().chimeVolume());
            g.writeStringField("projectorTheme", s.room().projectorTheme().name());
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private static String text(JsonParser p) throws IOException {
        return switch (p.currentToken()) {
            case VALUE_NULL -> null;
            case VALUE_STRING -> p.getText();
            default -> throw wrongKind(p, "a text");
        };
    }

    private static List<String> texts(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(p, JsonToken.START_ARRAY);
        List<String> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(text(p));
        }
        return out;
    }

    private static boolean bool(JsonParser p) throws IOException {
        return switch (p.currentToken()) {
            case VALUE_TRUE -> true;
            case VALUE_FALSE -> false;
            default -> throw wrongKind(p, "true or false");
        };
    }

    private static int integer(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw wrongKind(p, "a whole number");
        }
        return p.getIntValue();
    }

    private static <E extends Enum<E>> E enumValue(JsonParser p, Class<E> type) throws IOException {
        String name = text(p);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw wrongKind(p, "one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }

    private static void expect(JsonParser p, JsonToken token) throws IOException {
        if (p.currentToken() != token) {
            throw wrongKind(p, token.asString() == null ? token.name() : "'" + token.asString() + "'");
        }
    }

    private static JsonParseException wrongKind(JsonParser p, String expected) throws IOException {
        return new JsonParseException(p, "expected " + expected + " at " + p.currentName() + ", found " + p.currentToken());
    }
}
