package id.netral.kit.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.netral.kit.problem.ProblemMappers;
import id.netral.kit.problem.Problem;
import id.netral.kit.testapp.StrictJsonResource.Decision;
import id.netral.kit.testapp.StrictJsonResource.DecisionRequest;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The kit's ObjectMapper settings, on a mapper as Quarkus builds it, and the answer each refusal gets. */
class StrictJsonTest {
    private final ObjectMapper mapper = strictMapper();

    @Test
    void aWellFormedBodyIsReadAsBefore() throws JsonProcessingException {
        DecisionRequest read = mapper.readValue("""
                {"decision": "NOT_PROVEN", "incidentDate": "2024-11-01", "decidedAt": "2024-11-02T01:00:00Z"}""",
                DecisionRequest.class);

        assertThat(read).isEqualTo(new DecisionRequest(Decision.NOT_PROVEN, LocalDate.of(2024, 11, 1),
                Instant.parse("2024-11-02T01:00:00Z")));
    }

    @Test
    void garbageAfterTheObjectOrASecondObjectIsRefusedAsTheBody() {
        assertRefused("{\"decision\": \"VERIFIED\"} trailing", "body");
        assertRefused("{\"decision\": \"VERIFIED\"}{\"decision\": \"NOT_PROVEN\"}", "body");
    }

    @Test
    void aNumberOrAStringOfDigitsIsNotTakenForAnEnumConstant() {
        assertRefused("{\"decision\": 1}", "decision");
        assertRefused("{\"decision\": \"0\"}", "decision");
        assertRefused("{\"decision\": 1.0}", "decision");
    }

    @Test
    void aNumberIsNotTakenForADateOrAnInstant() {
        assertRefused("{\"incidentDate\": -1}", "incidentDate");
        assertRefused("{\"decidedAt\": 1730419200}", "decidedAt");
        assertRefused("{\"decidedAt\": 1730419200.5}", "decidedAt");
    }

    private void assertRefused(String body, String field) {
        assertThatThrownBy(() -> mapper.readValue(body, DecisionRequest.class))
                .isInstanceOfSatisfying(JsonProcessingException.class, refused -> {
                    Response answer = new ProblemMappers().unreadable(refused);
                    assertThat(answer.getStatus()).isEqualTo(400);
                    assertThat(((Problem) answer.getEntity()).errors()).extracting(Problem.FieldError::field)
                            .containsExactly(field);
                });
    }

    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJson().customize(mapper);
        return mapper;
    }
}
