package id.netral.faults;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class MalformedRequestGeneratorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOCUMENT = """
            {"paths": {
              "/api/v1/reports/{id}/verification": {"post": {
                "parameters": [{"name": "id", "in": "path", "required": true,
                                "schema": {"type": "string", "format": "uuid"}}],
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Decision"}}}}
              }},
              "/api/v1/reports": {"get": {
                "parameters": [{"name": "page", "in": "query", "schema": {"type": "integer"}},
                               {"name": "from", "in": "query", "schema": {"type": "string", "format": "date"}}]
              }},
              "/api/v1/admin/reporter-keys/rotation": {"post": {}},
              "/q/health": {"get": {}}
            },
            "components": {"schemas": {"Decision": {"type": "object", "required": ["decision"], "properties": {
              "decision": {"type": "string", "enum": ["VERIFIED", "NOT_PROVEN", "NEEDS_INFO"]},
              "violationKind": {"type": "string"},
              "actDate": {"type": "string", "format": "date"}}}}}}
            """;

    private final List<OpenApiOperations.Operation> operations = OpenApiOperations.of("REPORT", json(DOCUMENT));
    private final MalformedRequestGenerator generator = new MalformedRequestGenerator(
            Map.of("REPORT", List.of("7f1c2a52-5a9d-4d2e-9d55-0c1b9f0a1e11")));

    @Test
    void theOperationsAreNetralsWithTheirReferencedSchemasButNotTheFrameworksEndpoints() {
        assertThat(operations).extracting(OpenApiOperations.Operation::name).containsExactlyInAnyOrder(
                "POST /api/v1/reports/{id}/verification", "GET /api/v1/reports",
                "POST /api/v1/admin/reporter-keys/rotation");
        OpenApiOperations.Operation decide = operation("POST /api/v1/reports/{id}/verification");
        assertThat(decide.bodyMediaType()).isEqualTo("application/json");
        assertThat(decide.bodySchema().path("properties").path("decision").path("enum")).hasSize(3);
        assertThat(MalformedRequestGenerator.canBeMalformed(operation("POST /api/v1/admin/reporter-keys/rotation")))
                .as("nothing to break in a request without a body or a parameter").isFalse();
    }

    @Test
    void everyRequestWithABodyIsBrokenInItsBodyOrMediaTypeNeverValid() {
        OpenApiOperations.Operation decide = operation("POST /api/v1/reports/{id}/verification");
        Random random = new Random(3);
        for (int i = 0; i < 500; i++) {
            MalformedRequestGenerator.MalformedRequest request = generator.next(decide, random);
            assertThat(request.pathAndQuery()).startsWith("/api/v1/reports/").endsWith("/verification");
            assertThat(isValidDecision(request)).as(request.describe()).isFalse();
        }
    }

    @Test
    void aRequestWithoutBodyHasOneParameterThatIsNoNumberOrDate() {
        OpenApiOperations.Operation list = operation("GET /api/v1/reports");
        Random random = new Random(5);
        for (int i = 0; i < 200; i++) {
            MalformedRequestGenerator.MalformedRequest request = generator.next(list, random);
            assertThat(request.defect()).startsWith("query parameter ");
            assertThat(request.body()).isNull();
            String name = request.defect().substring("query parameter ".length(), request.defect().indexOf('='));
            String value = request.pathAndQuery().replaceAll(".*[?&]" + name + "=([^&]*).*", "$1");
            assertThat(MalformedRequestGenerator.BAD_QUERY_VALUES).as(request.describe()).contains(value);
        }
    }

    @Test
    void theSameSeedMakesTheSameRequests() {
        assertThat(describe(new Random(11))).isEqualTo(describe(new Random(11))).isNotEqualTo(describe(new Random(12)));
    }

    private List<String> describe(Random random) {
        List<String> described = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            MalformedRequestGenerator.MalformedRequest request = generator.next(
                    operations.get(random.nextInt(operations.size() - 1)), random);
            // a path id drawn at random is the only part not from the seed
            described.add(request.defect() + " " + (request.body() == null ? ""
                    : new String(request.body(), StandardCharsets.UTF_8).replaceAll("[0-9a-f-]{36}", "<uuid>")));
        }
        return described;
    }

    /** What the verification endpoint would take: JSON, a known decision, a real date if any, no control text. */
    private static boolean isValidDecision(MalformedRequestGenerator.MalformedRequest request) {
        if (!"application/json".equals(request.contentType()) || request.body().length > 512 * 1024) {
            return false;
        }
        JsonNode body;
        try {
            body = JSON.readerFor(JsonNode.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readValue(request.body());
        } catch (IOException e) {
            return false;
        }
        if (body == null || !body.isObject() || !body.path("decision").isTextual()
                || !List.of("VERIFIED", "NOT_PROVEN", "NEEDS_INFO").contains(body.get("decision").asText())) {
            return false;
        }
        if (body.has("violationKind") && (!body.get("violationKind").isTextual()
                || body.get("violationKind").asText().chars().anyMatch(Character::isISOControl))) {
            return false;
        }
        if (body.has("actDate")) {
            try {
                return body.get("actDate").isTextual()
                        && java.time.LocalDate.parse(body.get("actDate").asText()).getYear() / 100 == 20;
            } catch (java.time.format.DateTimeParseException e) {
                return false;
            }
        }
        return true;
    }

    private OpenApiOperations.Operation operation(String name) {
        return operations.stream().filter(operation -> operation.name().equals(name)).findFirst().orElseThrow();
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
