package id.netral.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every operation a service's OpenAPI document declares: what the malformed requests are made from. */
final class OpenApiOperations {
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    /** Quarkus' own endpoints (health, metrics, the document itself) are not Netral's contract. */
    private static final String FRAMEWORK_PATHS = "/q/";

    private OpenApiOperations() {
    }

    record Parameter(String name, String in, JsonNode schema, boolean required) {
    }

    record Operation(String service, String method, String path, List<Parameter> parameters, String bodyMediaType,
                     JsonNode bodySchema) {

        boolean changesState() {
            return !method.equals("GET");
        }

        boolean takesBody() {
            return bodyMediaType != null;
        }

        String name() {
            return method + " " + path;
        }
    }

    static List<Operation> of(String service, JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (path.getKey().startsWith(FRAMEWORK_PATHS)) {
                continue;
            }
            List<Parameter> shared = parameters(document, path.getValue().path("parameters"));
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!METHODS.contains(method.getKey())) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>(shared);
                parameters.addAll(parameters(document, method.getValue().path("parameters")));
                JsonNode content = method.getValue().path("requestBody").path("content");
                String mediaType = content.fieldNames().hasNext() ? content.fieldNames().next() : null;
                JsonNode schema = mediaType == null ? null
                        : resolve(document, content.path(mediaType).path("schema"), 0);
                operations.add(new Operation(service, method.getKey().toUpperCase(), path.getKey(), parameters,
                        mediaType, schema));
            }
        }
        return operations;
    }

    private static List<Parameter> parameters(JsonNode document, JsonNode declared) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode parameter : declared) {
            JsonNode p = resolve(document, parameter, 0);
            parameters.add(new Parameter(p.path("name").asText(), p.path("in").asText(),
                    resolve(document, p.path("schema"), 0), p.path("required").asBoolean(false)));
        }
        return parameters;
    }

    /** The schema with every {@code $ref} replaced by what it names, to a depth that recursive schemas cannot fool. */
    static JsonNode resolve(JsonNode document, JsonNode node, int depth) {
        if (depth > 8 || node == null || node.isMissingNode()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (node.has("$ref")) {
            String[] pointer = node.get("$ref").asText().substring(2).split("/");
            JsonNode target = document;
            for (String step : pointer) {
                target = target.path(step);
            }
            return resolve(document, target, depth + 1);
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        node.fields().forEachRemaining(field -> copy.set(field.getKey(), field.getValue().isContainerNode()
                ? resolveAll(document, field.getValue(), depth + 1) : field.getValue()));
        return copy;
    }

    private static JsonNode resolveAll(JsonNode document, JsonNode node, int depth) {
        if (node.isArray()) {
            var array = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> array.add(resolve(document, item, depth)));
            return array;
        }
        // an object of schemas (properties) or a schema itself (items, additionalProperties)
        if (node.has("$ref") || node.has("type") || node.has("properties") || node.has("allOf")) {
            return resolve(document, node, depth);
        }
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        node.fields().forEachRemaining(field -> copy.set(field.getKey(), resolve(document, field.getValue(), depth)));
        return copy;
    }
}
