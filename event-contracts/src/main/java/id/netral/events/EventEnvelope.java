package id.netral.events;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One event as it travels: the CloudEvents attributes (binary mode, so they become Kafka headers) and the JSON
 * payload as the record value. The key is the report (case) id.
 */
public record EventEnvelope(UUID id, EventType type, String source, String subject, Instant time, String key,
                            String payloadJson) {

    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        headers.put(CloudEventHeaders.ID, id.toString());
        headers.put(CloudEventHeaders.TYPE, type.ceType());
        headers.put(CloudEventHeaders.SOURCE, source);
        headers.put(CloudEventHeaders.TIME, time.toString());
        headers.put(CloudEventHeaders.SUBJECT, subject);
        headers.put(CloudEventHeaders.DATA_SCHEMA, type.schemaUri());
        headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return headers;
    }

    /**
     * Reads an envelope from Kafka headers and value, checking the required CloudEvents attributes and the payload's
     * schema.
     *
     * @throws InvalidEventException when an attribute is missing, the type unknown or the payload off its schema
     */
    public static EventEnvelope fromKafka(Map<String, String> headers, String key, String value) {
        String specVersion = headers.get(CloudEventHeaders.SPEC_VERSION);
        if (!CloudEventHeaders.SPEC_VERSION_1_0.equals(specVersion)) {
            throw new InvalidEventException("not a CloudEvents 1.0 record (ce_specversion=" + specVersion + ")");
        }
        String ceType = required(headers, CloudEventHeaders.TYPE);
        EventType type = EventType.ofCeType(ceType)
                .orElseThrow(() -> new InvalidEventException("unknown event type " + ceType));
        UUID id;
        Instant time;
        try {
            id = UUID.fromString(required(headers, CloudEventHeaders.ID));
            time = Instant.parse(required(headers, CloudEventHeaders.TIME));
        } catch (RuntimeException e) {
            throw new InvalidEventException("malformed ce_id or ce_time: " + e.getMessage());
        }
        if (value == null) {
            throw new InvalidEventException("event " + id + " has no payload");
        }
        EventSchemas.validateReceived(type, value);
        return new EventEnvelope(id, type, required(headers, CloudEventHeaders.SOURCE),
                headers.get(CloudEventHeaders.SUBJECT), time, key, value);
    }

    public <T> T payload(Class<T> payloadType) {
        if (payloadType != type.payloadType()) {
            throw new IllegalArgumentException(type + " does not carry " + payloadType.getSimpleName());
        }
        return EventJson.read(payloadJson, payloadType);
    }

    private static String required(Map<String, String> headers, String name) {
        String value = headers.get(name);
        if (value == null || value.isBlank()) {
            throw new InvalidEventException("missing CloudEvents attribute " + name);
        }
        return value;
    }
}
