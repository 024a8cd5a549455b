package id.netral.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one JSON form of event payloads: ISO-8601 dates and instants, unknown fields tolerated on read. */
public final class EventJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private EventJson() {
    }

    public static String write(Object payload) {
        try {
            return MAPPER.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write event payload " + payload.getClass().getName(), e);
        }
    }

    /** The payload as the JSON tree {@link #write} writes, for checking it before it is written out once. */
    public static JsonNode treeOf(Object payload) {
        try {
            return MAPPER.valueToTree(payload);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot write event payload " + payload.getClass().getName(), e);
        }
    }

    /** A tree of {@link #treeOf} as the text {@link #write} gives for its payload. */
    public static String write(JsonNode tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write an event payload tree", e);
        }
    }

    public static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("event payload is not JSON: " + e.getOriginalMessage());
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("event payload does not fit " + type.getSimpleName() + ": "
                    + e.getOriginalMessage());
        }
    }
}
