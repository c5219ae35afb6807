package org.zielbild.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.zielbild.domain.Message;

/**
 * JSON for {@link Message}, whose arguments are untyped. Strings, ints, booleans and doubles are
 * written as plain JSON values (they read back as the same Java types); longs, java.time values and
 * nested messages are tagged ({@code {"long": 5}}) so they come back equal, which the undo history
 * relies on. Any other argument is kept as its text ({@code {"text": "..."}}): messages are only
 * ever displayed, and the displayed text stays the same.
 */
final class MessageArgs {

    private MessageArgs() {
    }

    static SimpleModule module() {
        SimpleModule m = new SimpleModule("zielbild-message");
        m.addSerializer(Message.class, new Writer());
        m.addDeserializer(Message.class, new Reader());
        return m;
    }

    private static final class Writer extends JsonSerializer<Message> {
        @Override
        public void serialize(Message message, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartObject();
            g.writeStringField("key", message.key());
            g.writeArrayFieldStart("args");
            for (Object arg : message.args()) {
                writeArg(arg, g, provider);
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        private void writeArg(Object arg, JsonGenerator g, SerializerProvider provider) throws IOException {
            if (arg instanceof String s) {
                g.writeString(s);
            } else if (arg instanceof Integer i) {
                g.writeNumber(i);
            } else if (arg instanceof Boolean b) {
                g.writeBoolean(b);
            } else if (arg instanceof Double d && Double.isFinite(d)) {
                g.writeNumber(d);
            } else if (arg instanceof Long l) {
                tagged(g, "long", () -> g.writeNumber(l));
            } else if (arg instanceof Message m) {
                tagged(g, "message", () -> serialize(m, g, provider));
            } else if (arg instanceof Instant || arg instanceof LocalDate || arg instanceof LocalDateTime
                    || arg instanceof LocalTime || arg instanceof Duration) {
                tagged(g, tagOf(arg), () -> g.writeString(arg.toString()));
            } else {
                tagged(g, "text", () -> g.writeString(String.valueOf(arg)));
            }
        }

        private static String tagOf(Object arg) {
            String simple = arg.getClass().getSimpleName();
            return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
        }

        private interface Body {
            void write() throws IOException;
        }

        private static void tagged(JsonGenerator g, String tag, Body body) throws IOException {
            g.writeStartObject();
            g.writeFieldName(tag);
            body.write();
            g.writeEndObject();
        }
    }

    private static final class Reader extends JsonDeserializer<Message> {
        @Override
        public Message deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            JsonNode node = ctx.readTree(p);
            return message(node, p, ctx);
        }

        private Message message(JsonNode node, JsonParser p, DeserializationContext ctx) throws IOException {
            if (!node.isObject() || !node.path("key").isTextual()) {
                return ctx.reportInputMismatch(Message.class, "a message needs a text \"key\"");
            }
            List<Object> args = new ArrayList<>();
            for (JsonNode arg : node.path("args")) {
                args.add(arg(arg, p, ctx));
            }
            return new Message(node.get("key").asText(), args);
        }

        private Object arg(JsonNode arg, JsonParser p, DeserializationContext ctx) throws IOException {
            if (arg.isTextual()) {
                return arg.asText();
            }
            if (arg.isBoolean()) {
                return arg.asBoolean();
            }
            if (arg.isInt()) {
                return arg.intValue();
            }
            if (arg.isFloatingPointNumber()) {
                return arg.doubleValue();
            }
            if (arg.isObject() && arg.size() == 1) {
                String tag = arg.fieldNames().next();
                JsonNode v = arg.get(tag);
                try {
                    return switch (tag) {
                        case "long" -> v.longValue();
                        case "message" -> message(v, p, ctx);
                        case "instant" -> Instant.parse(v.asText());
                        case "localDate" -> LocalDate.parse(v.asText());
                        case "localDateTime" -> LocalDateTime.parse(v.asText());
                        case "localTime" -> LocalTime.parse(v.asText());
                        case "duration" -> Duration.parse(v.asText());
                        case "text" -> v.asText();
                        default -> ctx.reportInputMismatch(Message.class, "unknown message argument kind " + tag);
                    };
                } catch (java.time.format.DateTimeParseException e) {
                    return ctx.reportInputMismatch(Message.class, "bad " + tag + " in a message: " + v);
                }
            }
            return ctx.reportInputMismatch(Message.class, "unexpected message argument " + arg);
        }
    }
}
