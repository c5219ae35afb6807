package org.zielbild.store;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.zielbild.domain.Change;
import org.zielbild.domain.ChangeCatalog;
import org.zielbild.domain.Session;
import org.zielbild.domain.roster.Participant;

/**
 * The one Jackson configuration for session files. Domain records are mapped as they are (record
 * components, no annotations in {@code domain}); {@link Change} is polymorphic by its stable name in
 * {@link ChangeCatalog}, so a new change type needs no code here. Reading is strict: an unknown
 * field or change type is an error, never silently dropped (see docs/decisions/0021).
 */
final class StoreJson {

    private StoreJson() {
    }

    /** A new mapper; mappers are thread-safe, so each store component keeps one. */
    static ObjectMapper mapper() {
        JsonMapper m = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(MessageArgs.module())
                .addMixIn(Change.class, ChangeTypeMixin.class)
                .addMixIn(Session.class, DefaultsLeftOut.SessionMixin.class)
                .addMixIn(Participant.class, DefaultsLeftOut.ParticipantMixin.class)
                // Only record components / fields: a helper such as isEmpty() never becomes a property.
                .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .enable(SerializationFeature.WRITE_DATES_WITH_ZONE_ID)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // We force (fsync) the files ourselves: Jackson must not close our channels' streams.
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
                .build();
        ChangeCatalog.all().forEach((name, type) -> m.registerSubtypes(new NamedType(type, name)));
        return m;
    }
}
