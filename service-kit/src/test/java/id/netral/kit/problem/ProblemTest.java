package id.netral.kit.problem;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProblemTest {

    @Test
    void theSameInvalidFieldsAlwaysComeInTheSameOrder() {
        Problem problem = Problem.invalid(List.of(new Problem.FieldError("title", "must not be blank"),
                new Problem.FieldError("accused.nip", "must be 18 digits"),
                new Problem.FieldError("accused.nip", "is required")));

        assertThat(problem.errors()).extracting(e -> e.field() + ": " + e.message()).containsExactly(
                "accused.nip: is required", "accused.nip: must be 18 digits", "title: must not be blank");
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.type()).isEqualTo("https://netral.id/problems/invalid-request");
    }

    @Test
    void aProblemIsAnsweredAsProblemJsonWithItsStatus() {
        Response response = Problem.of(Response.Status.NOT_FOUND, "No report with that id.").toResponse();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getMediaType()).hasToString("application/problem+json");
        assertThat(response.getEntity()).isEqualTo(new Problem("about:blank", "Not Found", 404,
                "No report with that id.", List.of()));
    }

    @Test
    void aDomainExceptionCarriesTheProblemAndItsDetailAsMessage() {
        ProblemException notFound = ProblemException.notFound("No recommendation with that id.");

        assertThat(notFound.problem().status()).isEqualTo(404);
        assertThat(notFound).hasMessage("No recommendation with that id.");
        assertThat(ProblemException.invalid("opd", "is unknown").problem().errors())
                .containsExactly(new Problem.FieldError("opd", "is unknown"));
    }

    @Test
    void aMissingQueryParameterIsAProblemNamingItAndWhatItIsFor() {
        assertThatThrownBy(() -> QueryParameters.requiredUuid("reportId", " ", "the report whose notices to list"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().errors()).containsExactly(
                        new Problem.FieldError("reportId", "is required: the report whose notices to list")));
        assertThatThrownBy(() -> QueryParameters.requiredUuid("reportId", null, "the report"))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void aMalformedUuidQueryParameterIsAProblemNamingIt() {
        assertThatThrownBy(() -> QueryParameters.requiredUuid("reportId", "12345", "the report"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(400);
                    assertThat(e.problem().errors()).containsExactly(
                            new Problem.FieldError("reportId", "must be a UUID"));
                });
    }

    @Test
    void aUuidQueryParameterIsReadWithSurroundingSpaces() {
        UUID id = UUID.randomUUID();

        assertThat(QueryParameters.requiredUuid("reportId", " " + id + " ", "the report")).isEqualTo(id);
    }
}
