package id.netral.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests that each break the contract in exactly one place, made from an operation of the OpenAPI document and a
 * seeded random source (the same seed makes the same requests): broken JSON, a value of the wrong type, a required
 * field left out, control characters, dates and numbers out of any range, unknown enum values, a body over the
 * limit, the wrong media type, and path and query parameters that are no id, no number, no date. The rest of the
 * request looks right, so that the defect is what the service must find.
 */
final class MalformedRequestGenerator {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    /** Over the 512 KB every JSON route accepts. */
    static final int OVERSIZED_BODY = 600 * 1024;

    static final List<String> BROKEN_JSON = List.of("", "{", "}", "[", "null", "{\"a\":", "{}{}", "{} trailing",
            "{'single':'quotes'}", "\uFEFF{garbage", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", "{\"x\":1,}",
            "{\"decision\":\"VERIFIED\"} {\"decision\":\"NOT_PROVEN\"}", "\u0000", "%7B%7D", "<xml/>", "123",
            "\"just a string\"", "{\"a\":NaN}", "{\"a\":1e999999}");
    static final List<String> BAD_DATES = List.of("-0001-01-01", "+99999-12-31", "0000-00-00", "2024-02-30",
            "1970-01-01T00:00:00Z", "kemarin", "2024/01/31", "31-01-2024", "9999999999-01-01", "");
    static final List<String> BAD_TEXT = List.of("nul\u0000byte", "bell\u0007ring", "escape\u001B[31m",
            "line\u0085next", "del\u007F", "back\bspace");
    static final List<String> BAD_PATH_VALUES = List.of("not-a-uuid", "%00", "%FF%FE", "..%2F..%2Fetc%2Fpasswd",
            "-1", "99999999999999999999999", "%27%20OR%201%3D1--", "x".repeat(300), "%E2%80%AE", "null",
            "00000000-0000-0000-0000-00000000000g");
    static final List<String> BAD_QUERY_VALUES = List.of("-1", "99999999999999999999", "2147483648", "NaN", "0x10",
            "1e9", "%00", "maybe", "-0001-01-01", "2023-13-45", "NOT_A_VALUE", "x".repeat(5000), "%E2%80%AE",
            "1,2", "");

    /** Ids that name something real, by service, so that a broken body meets a real case now and then. */
    private final Map<String, List<String>> knownIds;

    MalformedRequestGenerator(Map<String, List<String>> knownIds) {
        this.knownIds = knownIds;
    }

    record MalformedRequest(OpenApiOperations.Operation operation, String defect, String pathAndQuery,
                            String contentType, byte[] body) {

        String describe() {
            String shown = body == null ? "" : new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8);
            return operation.method() + " " + pathAndQuery + " [" + defect + "] " + shown;
        }
    }

    /** Whether a request of this operation can be malformed at all: it takes a body, or a parameter. */
    static boolean canBeMalformed(OpenApiOperations.Operation operation) {
        return operation.takesBody() || !operation.parameters().isEmpty();
    }

    MalformedRequest next(OpenApiOperations.Operation operation, Random random) {
        // a body that may be valid must not go with a parameter the service is free to ignore: a changing request
        // with a body always has its body broken
        boolean brokenBody = operation.takesBody()
                && (operation.changesState() || operation.parameters().isEmpty() || random.nextInt(10) < 8);
        if (brokenBody) {
            String path = path(operation, random, true);
            if (random.nextInt(10) == 0) {
                return new MalformedRequest(operation, "wrong media type", path,
                        random.nextBoolean() ? "text/plain" : "application/xml", bytes("{}"));
            }
            Defect defect = brokenBody(operation.bodySchema(), random);
            return new MalformedRequest(operation, defect.name(), path, operation.bodyMediaType(), defect.body());
        }
        OpenApiOperations.Parameter broken = operation.parameters().get(random.nextInt(operation.parameters().size()));
        String bad = broken.in().equals("path") ? pick(BAD_PATH_VALUES, random) : pick(BAD_QUERY_VALUES, random);
        String path = path(operation, random, !operation.changesState(), broken, bad);
        byte[] body = operation.takesBody() ? bytes(SchemaExamples.example(operation.bodySchema(), random).toString())
                : null;
        return new MalformedRequest(operation, broken.in() + " parameter " + broken.name() + "=" + abbreviate(bad),
                path, operation.bodyMediaType(), body);
    }

    private record Defect(String name, byte[] body) {
    }

    private Defect brokenBody(JsonNode schema, Random random) {
        JsonNode example = SchemaExamples.example(schema, random);
        List<Slot> slots = new ArrayList<>();
        collectSlots(example, schema, slots);
        List<Function<Random, Defect>> defects = new ArrayList<>();
        defects.add(r -> new Defect("broken JSON", bytes(pick(BROKEN_JSON, r))));
        defects.add(r -> new Defect("body over 512 KB", oversized(example)));
        if (!slots.isEmpty()) {
            defects.add(r -> retyped(example, pick(slots, r), r));
            defects.add(r -> {
                Slot slot = pick(slots, r);
                slot.parent().put(slot.field(), pick(BAD_TEXT, r));
                return new Defect("control character in " + slot.field(), bytes(example.toString()));
            });
        }
        List<Slot> dates = slots.stream().filter(slot -> slot.schema().path("format").asText().startsWith("date"))
                .toList();
        if (!dates.isEmpty()) {
            defects.add(r -> {
                Slot slot = pick(dates, r);
                String date = pick(BAD_DATES, r);
                slot.parent().put(slot.field(), date);
                return new Defect("impossible date " + slot.field() + "=" + date, bytes(example.toString()));
            });
        }
        List<Slot> enums = slots.stream().filter(slot -> slot.schema().has("enum")).toList();
        if (!enums.isEmpty()) {
            defects.add(r -> {
                Slot slot = pick(enums, r);
                if (r.nextBoolean()) {
                    slot.parent().put(slot.field(), "NOT_A_VALUE");
                } else {
                    slot.parent().put(slot.field(), 1);
                }
                return new Defect("unknown enum value in " + slot.field(), bytes(example.toString()));
            });
        }
        List<Slot> required = slots.stream().filter(Slot::required).toList();
        if (!required.isEmpty()) {
            defects.add(r -> {
                Slot slot = pick(required, r);
                slot.parent().remove(slot.field());
                return new Defect("required " + slot.field() + " left out", bytes(example.toString()));
            });
        }
        return pick(defects, random).apply(random);
    }

    /** A field of the example whose value can be broken, with the schema it must follow. */
    private record Slot(ObjectNode parent, String field, JsonNode schema, boolean required) {
    }

    private static void collectSlots(JsonNode value, JsonNode schema, List<Slot> slots) {
        if (!value.isObject()) {
            if (value.isArray() && value.size() > 0) {
                collectSlots(value.get(0), schema.path("items"), slots);
            }
            return;
        }
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        value.fields().forEachRemaining(field -> {
            JsonNode fieldSchema = schema.path("properties").path(field.getKey());
            slots.add(new Slot((ObjectNode) value, field.getKey(), fieldSchema, required.contains(field.getKey())));
            collectSlots(field.getValue(), fieldSchema, slots);
        });
    }

    private static Defect retyped(JsonNode example, Slot slot, Random random) {
        String type = SchemaExamples.type(slot.schema());
        JsonNode wrong = switch (type) {
            case "string" -> random.nextBoolean() ? NODES.numberNode(-1) : NODES.arrayNode().add("a");
            case "integer", "number" -> random.nextBoolean() ? NODES.textNode("zwölf")
                    : NODES.numberNode(new java.math.BigDecimal("1e400"));
            case "boolean" -> NODES.textNode("ya");
            case "array" -> NODES.objectNode().put("not", "a list");
            default -> NODES.textNode("not an object");
        };
        slot.parent().set(slot.field(), wrong);
        return new Defect(slot.field() + " of the wrong type (" + wrong + " for " + type + ")",
                bytes(example.toString()));
    }

    private static byte[] oversized(JsonNode example) {
        ObjectNode padded = example.isObject() ? ((ObjectNode) example).deepCopy() : NODES.objectNode();
        padded.put("padding", "x".repeat(OVERSIZED_BODY));
        return bytes(padded.toString());
    }

    private String path(OpenApiOperations.Operation operation, Random random, boolean realIds) {
        return path(operation, random, realIds, null, null);
    }

    /**
     * The operation's path with each path parameter filled (a real id now and then when {@code realIds}), and the
     * query parameters it declares with plausible values; {@code broken} gets {@code bad} instead.
     */
    private String path(OpenApiOperations.Operation operation, Random random, boolean realIds,
                        OpenApiOperations.Parameter broken, String bad) {
        Matcher parameter = PATH_PARAMETER.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            String name = parameter.group(1);
            String value = broken != null && broken.in().equals("path") && broken.name().equals(name) ? bad
                    : URLEncoder.encode(plausibleId(operation.service(), random, realIds), StandardCharsets.UTF_8);
            parameter.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        parameter.appendTail(path);
        List<String> query = new ArrayList<>();
        for (OpenApiOperations.Parameter p : operation.parameters()) {
            if (!p.in().equals("query")) {
                continue;
            }
            if (p == broken) {
                query.add(p.name() + "=" + bad);
            } else if (p.required() || random.nextInt(3) == 0) {
                query.add(p.name() + "=" + URLEncoder.encode(SchemaExamples.example(p.schema(), random).asText(),
                        StandardCharsets.UTF_8));
            }
        }
        return query.isEmpty() ? path.toString() : path + "?" + String.join("&", query);
    }

    private String plausibleId(String service, Random random, boolean realIds) {
        List<String> ids = knownIds.getOrDefault(service, List.of());
        if (realIds && !ids.isEmpty() && random.nextBoolean()) {
            return pick(ids, random);
        }
        return UUID.randomUUID().toString();
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + " chars)" : value;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
