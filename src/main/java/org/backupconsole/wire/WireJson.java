package org.backupconsole.wire;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;

import org.backupconsole.json.JsonRefusal;
import org.backupconsole.json.Rfc3339;
import org.backupconsole.json.StrictJson;
import org.backupconsole.json.UnexpectedValue;

/**
 * The one Jackson configuration of the wire format, shared by client and server: the strict reading of
 * {@link StrictJson} with the API's snake_case names and RFC 3339 times. Unknown fields are ignored, so that a
 * newer service does not break an older client.
 */
public final class WireJson {

    public static final String API_VERSION = "2024-09-16";
    public static final String VERSION_HEADER = "Cc-Version";

    private static final ObjectMapper MAPPER = StrictJson.mapperBuilder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .addModule(new SimpleModule("wire-time")
                    .addSerializer(Instant.class, new InstantSerializer())
                    .addDeserializer(Instant.class, new InstantDeserializer()))
            .build();

    private WireJson() {
    }

    /** Writes the wire format. Thread-safe once configured, so one instance serves every caller. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Reads a body or an answer strictly.
     *
     * @throws JsonRefusal with the place and the reason when the bytes are not one JSON value of that shape
     */
    public static <T> T read(byte[] content, Class<T> type) {
        return StrictJson.value(MAPPER, StrictJson.tree(content), type);
    }

    /** RFC 3339 in UTC with as many fractional digits as needed (0, 3, 6 or 9). */
    public static String formatTime(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    private static final class InstantSerializer extends JsonSerializer<Instant> {
        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(formatTime(value));
        }
    }

    private static final class InstantDeserializer extends JsonDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                var time = Rfc3339.parse(parser.getText());
                if (time.isPresent()) {
                    return time.get();
                }
            }
            throw new UnexpectedValue(parser, Instant.class, Rfc3339.EXPECTED);
        }
    }
}
