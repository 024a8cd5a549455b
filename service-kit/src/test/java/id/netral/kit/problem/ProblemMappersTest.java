package id.netral.kit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import id.netral.kit.ratelimit.RateLimitExceeded;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleObjectStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProblemMappersTest {
    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void aDomainProblemIsAnsweredAsItWasThrown() {
        Response response = mappers.problem(ProblemException.conflict("The report was already decided."));

        assertProblem(response, 409, "about:blank", "Conflict");
        assertThat(problem(response).detail()).isEqualTo("The report was already decided.");
    }

    @Test
    void aBeanValidationFailureNamesEachRequestFieldWithoutTheMethodOrParameter() throws Exception {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            var violations = factory.getValidator().forExecutables().validateParameters(new Intake(),
                    Intake.class.getMethod("submit", Submission.class),
                    new Object[] {new Submission(" ", List.of(new Evidence("https://ok.example"), new Evidence("ftp:x")))});

            Response response = mappers.invalid(new ConstraintViolationException(violations));

            assertProblem(response, 400, "https://netral.id/problems/invalid-request", "Invalid request");
            assertThat(problem(response).errors()).extracting(Problem.FieldError::field)
                    .containsExactly("evidence[1].url", "title");
            assertThat(problem(response).detail()).isEqualTo("The request has 2 invalid field(s); nothing was stored.");
        }
    }

    @Test
    void aValueOfTheWrongTypeNamesItsPathInTheBody() {
        Response response = mappers.mismatched(unreadable("{\"title\":\"x\",\"evidence\":[{\"url\":[]}]}",
                MismatchedInputException.class));

        assertProblem(response, 400, "https://netral.id/problems/invalid-request", "Invalid request");
        assertThat(problem(response).errors())
                .containsExactly(new Problem.FieldError("evidence[0].url", "has a value of the wrong type or format"));
    }

    @Test
    void aBodyThatIsNotJsonIsBlamedOnTheBody() {
        Response response = mappers.unreadable(unreadable("{\"title\": ", JsonProcessingException.class));

        assertThat(problem(response).errors()).containsExactly(
                new Problem.FieldError("body", "is not a well-formed JSON document of the expected shape"));
    }

    @Test
    void aMissingOrInvalidTokenIsAnswered401WithABearerChallenge() {
        for (Response response : List.of(mappers.unauthenticated(new AuthenticationFailedException()),
                mappers.unauthenticated(new UnauthorizedException()))) {
            assertProblem(response, 401, "about:blank", "Unauthorized");
            assertThat(response.getHeaderString("WWW-Authenticate")).isEqualTo("Bearer");
        }
    }

    @Test
    void aRoleThatMayNotCallIsAnswered403() {
        Response response = mappers.forbidden(new ForbiddenException());

        assertProblem(response, 403, "about:blank", "Forbidden");
        assertThat(problem(response).detail()).isEqualTo("Your role does not allow this request.");
    }

    @Test
    void aRateLimitIsAnswered429WithRetryAfterInWholeSecondsRoundedUp() {
        Response response = mappers.tooMany(new RateLimitExceeded("tracking-per-address", Duration.ofMillis(14_200)));

        assertProblem(response, 429, "https://netral.id/problems/rate-limited", "Too Many Requests");
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("15");
        assertThat(problem(response).detail()).contains("tracking-per-address");
    }

    @Test
    void aJaxRsErrorKeepsItsStatus() {
        assertProblem(mappers.web(new NotFoundException()), 404, "about:blank", "Not Found");
        assertProblem(mappers.web(new WebApplicationException(418)), 418, "about:blank", "HTTP 418");
    }

    @Test
    void anUnexpectedFailureIsAnswered500WithoutItsMessage() {
        Response response = mappers.unexpected(new IllegalStateException("secret detail of a bug"));

        assertProblem(response, 500, "about:blank", "Internal Server Error");
        assertThat(problem(response).detail()).doesNotContain("secret");
    }

    @Test
    void anUnreachableDatabaseIsAnswered503WithRetryAfter() {
        List<RuntimeException> failures = List.of(
                new PersistenceException(new JDBCConnectionException("closed", new SQLException("closed", "08006"))),
                new RuntimeException(new SQLException("connection refused", "08001")),
                new RuntimeException(new SQLException("Acquisition timeout while waiting for new connection")));
        for (RuntimeException failure : failures) {
            Response response = mappers.unexpected(failure);

            assertProblem(response, 503, "about:blank", "Service Unavailable");
            assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
        }
    }

    @Test
    void twoChangesOfOneRecordAtOnceAnswerTheLaterWith409() {
        List<RuntimeException> failures = List.of(
                new RollbackException(new OptimisticLockException("stale")),
                new PersistenceException(new StaleObjectStateException("Recommendation", "id")));
        for (RuntimeException failure : failures) {
            assertProblem(mappers.unexpected(failure), 409, "about:blank", "Conflict");
        }
    }

    @Test
    void aQueryThatFailsInTheDatabaseIsNotMistakenForAnOutage() {
        Response response = mappers.unexpected(new PersistenceException(new SQLException("syntax error", "42601")));

        assertThat(response.getStatus()).isEqualTo(500);
    }

    private static void assertProblem(Response response, int status, String type, String title) {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getMediaType()).hasToString(Problem.MEDIA_TYPE);
        assertThat(problem(response).type()).isEqualTo(type);
        assertThat(problem(response).title()).isEqualTo(title);
        assertThat(problem(response).status()).isEqualTo(status);
    }

    private static Problem problem(Response response) {
        return (Problem) response.getEntity();
    }

    /** What Jackson throws when it reads the body, as JAX-RS hands it to the mappers. */
    private static <T extends JsonProcessingException> T unreadable(String json, Class<T> thrownAs) {
        Object[] thrown = new Object[1];
        assertThatThrownBy(() -> new ObjectMapper().readValue(json, Submission.class))
                .isInstanceOfSatisfying(thrownAs, e -> thrown[0] = e);
        return thrownAs.cast(thrown[0]);
    }

    public record Evidence(@Pattern(regexp = "https://.*") String url) {
    }

    public record Submission(@NotBlank String title, @NotEmpty List<@Valid Evidence> evidence) {
    }

    public static class Intake {
        public void submit(@Valid Submission submission) {
        }
    }
}
