package id.netral.kit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import id.netral.kit.failure.Causes;
import id.netral.kit.failure.TransientFailures;
import id.netral.kit.ratelimit.RateLimitExceeded;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.stream.Collectors;

/** Every error leaves a Netral service as application/problem+json, naming the field where a field is at fault. */
public class ProblemMappers {
    private static final int DATABASE_RETRY_AFTER_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return e.problem().toResponse();
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalid(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(Problem.FieldError::of)
                .toList();
        return Problem.invalid(errors).toResponse();
    }

    // Jackson's end-of-input and wrong-type errors are MismatchedInputException, for which Quarkus has a built-in
    // mapper answering plain JSON: name the type so that this one wins.
    @ServerExceptionMapper(priority = 1)
    public Response mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadable(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[") : "";
        String message = field.isEmpty() ? "is not a well-formed JSON document of the expected shape"
                : "has a value of the wrong type or format";
        return Problem.invalid(List.of(new Problem.FieldError(field.isEmpty() ? "body" : field, message)))
                .toResponse();
    }

    // Authentication runs lazily (quarkus.http.auth.proactive=false) so that its failures reach these mappers too.
    @ServerExceptionMapper(priority = 1)
    public Response unauthenticated(AuthenticationFailedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper(priority = 1)
    public Response unauthenticated(UnauthorizedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException e) {
        return Problem.of(Response.Status.FORBIDDEN, "Your role does not allow this request.").toResponse();
    }

    private static Response unauthorized() {
        return Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED,
                        "A valid bearer token is required.").toResponse())
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response tooMany(RateLimitExceeded e) {
        return Response.fromResponse(Problem.tooManyRequests(e.getMessage()).toResponse())
                .header("Retry-After", e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        // the JSON reader hands a body that is not JSON at all (garbage after the object, say) on as a plain 400
        if (e.getCause() instanceof JsonProcessingException unreadable && e.getResponse().getStatus() == 400) {
            return unreadable(unreadable);
        }
        Response.Status status = Response.Status.fromStatusCode(e.getResponse().getStatus());
        int code = e.getResponse().getStatus();
        String title = status != null ? status.getReasonPhrase() : "HTTP " + code;
        return new Problem("about:blank", title, code, e.getMessage(), List.of()).toResponse();
    }

    private static boolean concurrentChange(Throwable failure) {
        return Causes.any(failure, cause -> cause instanceof OptimisticLockException
                || cause instanceof StaleStateException);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        if (TransientFailures.databaseUnreachable(e)) {
            // a restart or fail-over of the database: the caller should retry (with its Idempotency-Key), not give up
            LOG.warnf("Answering 503, the database is unreachable: %s", e.getMessage());
            return Response.fromResponse(Problem.of(Response.Status.SERVICE_UNAVAILABLE,
                            "The service cannot reach its database just now; nothing was changed. Try again shortly.")
                    .toResponse()).header("Retry-After", DATABASE_RETRY_AFTER_SECONDS).build();
        }
        if (concurrentChange(e)) {
            // two requests changed the same record at once (its @Version moved): the later one changes nothing
            return Problem.of(Response.Status.CONFLICT, "The record was changed by someone else at the same time; "
                    + "nothing was changed. Read it again and decide on what it now is.").toResponse();
        }
        LOG.error("Unexpected failure while answering a request", e);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                "The request could not be completed; nothing was changed. Try again later.").toResponse();
    }
}
