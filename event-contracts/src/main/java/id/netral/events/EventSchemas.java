package id.netral.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Validates event payloads against the JSON Schema files in this module. Producers validate before writing to
 * the outbox, consumers before acting, and tests read topics through the same files.
 */
public final class EventSchemas {
    private static final String SCHEMA_BASE = "https://netral.id/events/";
    private static final Map<EventType, JsonSchema> SCHEMAS = load();

    private EventSchemas() {
    }

    private static Map<EventType, JsonSchema> load() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaMappers(m -> m.mapPrefix(SCHEMA_BASE, "classpath:netral/events/")));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        Map<EventType, JsonSchema> schemas = new EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            schemas.put(type, factory.getSchema(SchemaLocation.of("classpath:" + type.schemaResource()), config));
        }
        return schemas;
    }

    /**
     * The producer's check, before an event is written: exactly the schema, no field it does not name (which also
     * keeps anything like a reporter's name out of every event), and never a retired type.
     *
     * @throws InvalidEventException naming every violation when the payload breaks the schema of its type, or when the
     *                               type is retired
     */
    public static void validate(EventType type, JsonNode payload) {
        if (type.retired()) {
            throw new InvalidEventException(type.ceType() + " is retired and no longer written; write "
                    + type.successor().ceType() + " instead");
        }
        reject(type, SCHEMAS.get(type).validate(payload));
    }

    public static void validate(EventType type, String json) {
        validate(type, EventJson.tree(json));
    }

    /**
     * The consumer's check, before an event is acted on: everything the schema requires, but fields it does not name
     * are let through (and not read), so a producer that gains an optional field within a v1 topic does not send its
     * events to the consumers' dead-letter topics before the consumers have the new schema (a tolerant reader).
     *
     * @throws InvalidEventException naming every violation but unknown fields
     */
    public static void validateReceived(EventType type, String json) {
        reject(type, SCHEMAS.get(type).validate(EventJson.tree(json)).stream()
                .filter(violation -> !"additionalProperties".equals(violation.getType()))
                .collect(Collectors.toSet()));
    }

    private static void reject(EventType type, Set<ValidationMessage> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidEventException(type.ceType() + " breaks its schema: " + violations.stream()
                    .map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("; ")));
        }
    }
}
