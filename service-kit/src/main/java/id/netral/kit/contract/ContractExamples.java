package id.netral.kit.contract;

import id.netral.kit.problem.Problem;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An example for every answer an operation declares, where its annotations give none, so that a partner sees what
 * comes back without calling: a success answer's example is built from its schema (each field's own example where
 * the schema declares one, its first allowed value for an enumeration, else a value of its type and format), an
 * error's is the problem the service kit answers with for that status.
 */
final class ContractExamples {
    private static final String REFERENCE = "#/components/schemas/";
    /** Deep enough for every Netral answer; a schema that refers to itself stops here. */
    private static final int DEPTH = 8;
    private static final Set<String> TEXT_EXAMPLES = Set.of("text/plain", "text/html", "text/csv");

    private final Map<String, Schema> components;
    private final String service;

    /** @param service the service's name (quarkus.application.name), which names its Kafka topics */
    ContractExamples(OpenAPI openAPI, String service) {
        this.service = service;
        this.components = openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                ? Map.of() : openAPI.getComponents().getSchemas();
    }

    /** Adds the missing examples to the JSON body the operation takes and to each answer of the operation. */
    void complete(Operation operation, List<Parameter> parameters) {
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().getMediaTypes() != null) {
            operation.getRequestBody().getContent().getMediaTypes().forEach((mediaType, media) -> {
                if (!hasExample(media) && media.getSchema() != null && !binary(media.getSchema())
                        && mediaType.contains("json")) {
                    media.example(value(media.getSchema(), null, null, 0));
                }
            });
        }
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
                return;
            }
            response.getContent().getMediaTypes().forEach((mediaType, media) -> {
                if (hasExample(media)) {
                    return;
                }
                if (mediaType.equals(Problem.MEDIA_TYPE)) {
                    media.example(problem(status, response, parameters));
                } else if (status.startsWith("2") && media.getSchema() != null && !binary(media.getSchema())
                        && (mediaType.contains("json") || TEXT_EXAMPLES.contains(mediaType))) {
                    media.example(value(media.getSchema(), null, null, 0));
                }
            });
        });
    }

    static boolean hasExample(MediaType media) {
        return media.getExample() != null || (media.getExamples() != null && !media.getExamples().isEmpty());
    }

    /** A file in its own format (a spreadsheet, an evidence file) has no example a document can hold. */
    static boolean binary(Schema schema) {
        return "binary".equals(schema.getFormat());
    }

    /** @param owner the schema (components' name) the field belongs to; {@code name} the field's */
    private Object value(Schema schema, String owner, String name, int depth) {
        if (schema.getRef() != null) {
            String referredName = schema.getRef().substring(REFERENCE.length());
            Schema referred = components.get(referredName);
            return referred == null || depth > DEPTH ? null : value(referred, referredName, name, depth + 1);
        }
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        if (schema.getDefaultValue() != null) {
            return schema.getDefaultValue();
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return value(schema.getAllOf().get(0), owner, name, depth + 1);
        }
        if (schema.getOneOf() != null && !schema.getOneOf().isEmpty()) {
            return value(schema.getOneOf().get(0), owner, name, depth + 1);
        }
        if (schema.getAnyOf() != null && !schema.getAnyOf().isEmpty()) {
            return value(schema.getAnyOf().get(0), owner, name, depth + 1);
        }
        List<Schema.SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
        if (types.contains(Schema.SchemaType.OBJECT) || schema.getProperties() != null) {
            return object(schema, owner, name, depth);
        }
        if (types.contains(Schema.SchemaType.ARRAY)) {
            Object item = schema.getItems() == null || depth > DEPTH ? null
                    : value(schema.getItems(), owner, name, depth + 1);
            return item == null ? List.of() : List.of(item);
        }
        if (types.contains(Schema.SchemaType.INTEGER)) {
            return schema.getMinimum() != null ? schema.getMinimum().max(BigDecimal.ONE).toBigInteger() : 1;
        }
        if (types.contains(Schema.SchemaType.NUMBER)) {
            return schema.getMinimum() != null ? schema.getMinimum().max(BigDecimal.ONE) : 1.5;
        }
        if (types.contains(Schema.SchemaType.BOOLEAN)) {
            return true;
        }
        if (types.contains(Schema.SchemaType.STRING)) {
            return text(schema.getFormat(), owner, name);
        }
        return null;
    }

    /** @param name the field holding the object: a map's values are examples of what its name means */
    private Map<String, Object> object(Schema schema, String owner, String name, int depth) {
        Map<String, Object> example = new LinkedHashMap<>();
        if (schema.getProperties() != null && depth <= DEPTH) {
            schema.getProperties().forEach((property, propertySchema) -> {
                Object value = value(propertySchema, owner, property, depth + 1);
                if (value != null) {
                    example.put(property, value);
                }
            });
        } else if (schema.getAdditionalPropertiesSchema() != null) {
            example.put("REGISTERED", value(schema.getAdditionalPropertiesSchema(), owner, name, depth + 1));
        }
        return example;
    }

    /**
     * A value of the string's format or of what its name means ({@link FieldExamples}); else the field's own name,
     * which says nothing to a partner: PublishedContract fails a contract holding one, so the field must be given an
     * example of its own or a rule.
     */
    private String text(String format, String owner, String name) {
        return FieldExamples.of(owner, name, format, service).orElse(name == null ? "teks" : name);
    }

    /** The problem the service kit answers with for the status (see ProblemMappers). */
    private static Map<String, Object> problem(String status, APIResponse response, List<Parameter> parameters) {
        Map<String, Object> problem = new LinkedHashMap<>();
        switch (status) {
            case "400" -> {
                List<String> query = parameters.stream().filter(p -> p.getIn() == Parameter.In.QUERY)
                        .map(Parameter::getName).toList();
                String field = query.contains("size") ? "size" : query.isEmpty() ? "body" : query.get(0);
                String message = switch (field) {
                    case "size" -> "must be a whole number from 1 to 200";
                    case "body" -> "must be a JSON object";
                    default -> "is not one of the values its description allows";
                };
                problem.put("type", "https://netral.id/problems/invalid-request");
                problem.put("title", "Invalid request");
                problem.put("status", 400);
                problem.put("detail", "The request has 1 invalid field(s); nothing was stored.");
                List<Map<String, Object>> errors = new ArrayList<>();
                // a LinkedHashMap, not Map.of: Map.of's order changes from one JVM to the next, and so would the contract
                Map<String, Object> error = new LinkedHashMap<>();
                error.put("field", field);
                error.put("message", message);
                errors.add(error);
                problem.put("errors", errors);
            }
            case "413" -> typed(problem, "https://netral.id/problems/body-too-large", "Payload Too Large", 413,
                    "The body is over 512 KB; nothing was read.");
            case "429" -> typed(problem, "https://netral.id/problems/rate-limited", "Too Many Requests", 429,
                    "The rate limit for this partner app is used up; send again after Retry-After seconds.");
            case "503" -> typed(problem, "about:blank", "Service Unavailable", 503,
                    "The service cannot reach its database just now; nothing was changed. Try again shortly.");
            default -> {
                int code = Integer.parseInt(status);
                jakarta.ws.rs.core.Response.Status known = jakarta.ws.rs.core.Response.Status.fromStatusCode(code);
                typed(problem, "about:blank", known == null ? "HTTP " + code : known.getReasonPhrase(), code,
                        response.getDescription() == null ? null : response.getDescription());
            }
        }
        return problem;
    }

    private static void typed(Map<String, Object> problem, String type, String title, int status, String detail) {
        problem.put("type", type);
        problem.put("title", title);
        problem.put("status", status);
        if (detail != null) {
            problem.put("detail", detail);
        }
    }
}
