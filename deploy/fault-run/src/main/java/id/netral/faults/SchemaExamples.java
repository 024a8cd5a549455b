package id.netral.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;

/** A value of the shape a schema describes, to be broken in one place: the rest of a request looks right. */
final class SchemaExamples {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SchemaExamples() {
    }

    static JsonNode example(JsonNode schema, Random random) {
        return example(schema, random, 0);
    }

    /** The schema's type, "object" when it has properties, "string" when it says nothing. */
    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        if (schema.has("properties") || schema.has("allOf")) {
            return "object";
        }
        return schema.has("items") ? "array" : "string";
    }

    private static JsonNode example(JsonNode schema, Random random, int depth) {
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size()));
        }
        switch (type(schema)) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 6) {
                    schema.path("properties").fields().forEachRemaining(property ->
                            object.set(property.getKey(), example(property.getValue(), random, depth + 1)));
                    for (JsonNode part : schema.path("allOf")) {
                        JsonNode merged = example(part, random, depth + 1);
                        if (merged.isObject()) {
                            object.setAll((ObjectNode) merged);
                        }
                    }
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < 6) {
                    array.add(example(schema.path("items"), random, depth + 1));
                }
                return array;
            }
            case "integer", "number" -> {
                return NODES.numberNode(schema.path("minimum").asInt(1));
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            default -> {
                return NODES.textNode(string(schema.path("format").asText("")));
            }
        }
    }

    private static String string(String format) {
        return switch (format) {
            case "date" -> LocalDate.now().minusDays(2).toString();
            case "date-time" -> java.time.Instant.now().toString();
            case "uuid" -> UUID.randomUUID().toString();
            case "email" -> "kepala@kupangkota.example";
            case "uri", "url" -> "https://kupangkota.example/bukti";
            default -> "Teks contoh";
        };
    }
}
