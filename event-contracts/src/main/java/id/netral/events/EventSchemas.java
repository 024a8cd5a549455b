package id.netral.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Validates event payloads against the JSON Schema files in this module. Producers validate before writing to
 * the outbox, consumers before acting, and tests read topics through the same files.
 */
public final class EventSchemas {
    /**
     * The base of every schema's {@code $id}: an id is this base and the schema's file name. The ids are the same at
     * every site and in every record's {@code ce_dataschema}; every Netral service serves the files at the base's path
     * ({@code GET /events/<file>}), and this class reads them from its own jar, never over the network.
     */
    public static final String SCHEMA_BASE = "https://netral.id/events/";
    /** The classpath folder of the schema files in this jar. */
    public static final String SCHEMA_RESOURCES = "netral/events/";
    /** The media type of a schema file (JSON Schema draft 2020-12). */
    public static final String MEDIA_TYPE = "application/schema+json";
    /** The name of a schema file: lower case words, an optional type version, {@code .schema.json}. */
    private static final Pattern FILE_NAME =
            Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.v[1-9][0-9]*)?\\.schema\\.json");
    private static final Map<EventType, JsonSchema> SCHEMAS = load();

    private EventSchemas() {
    }

    private static Map<EventType, JsonSchema> load() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaMappers(m -> m.mapPrefix(SCHEMA_BASE, "classpath:" + SCHEMA_RESOURCES)));
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

    /**
     * The bytes of one of this jar's schema files by file name ({@code report-verified.schema.json}), as served at
     * {@code /events/<file>}: the event types' schemas and those they refer to ({@code accused.schema.json}).
     *
     * @return empty for a name that is not a schema file's (a path, another file) or names none
     */
    public static Optional<byte[]> schemaFile(String fileName) {
        if (fileName == null || !FILE_NAME.matcher(fileName).matches()) {
            return Optional.empty();
        }
        try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCES + fileName)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + SCHEMA_RESOURCES + fileName, e);
        }
    }

    /**
     * The bytes of the schema with this {@code $id} (a record's {@code ce_dataschema}), from this jar.
     *
     * @return empty for an id that is not one of Netral's schemas
     */
    public static Optional<byte[]> schemaById(String id) {
        if (id == null || !id.startsWith(SCHEMA_BASE)) {
            return Optional.empty();
        }
        return schemaFile(id.substring(SCHEMA_BASE.length()));
    }

    private static void reject(EventType type, Set<ValidationMessage> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidEventException(type.ceType() + " breaks its schema: " + violations.stream()
                    .map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("; ")));
        }
    }
}
