package id.netral.kit.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Comparator;
import java.util.List;

/** An RFC 9457 problem detail: what every Netral error answer looks like. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType JSON = MediaType.valueOf(MEDIA_TYPE);

    /** @param field the JSON path of the offending request field, e.g. {@code evidence[0].url} */
    public record FieldError(String field, String message) {

        /** Names the request field of a bean-validation violation, without the method and parameter names. */
        public static FieldError of(ConstraintViolation<?> violation) {
            StringBuilder field = new StringBuilder();
            for (Path.Node node : violation.getPropertyPath()) {
                switch (node.getKind()) {
                    case METHOD, PARAMETER, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> field.setLength(0);
                    default -> {
                        if (node.isInIterable() && node.getIndex() != null) {
                            field.append('[').append(node.getIndex()).append(']');
                        }
                        if (node.getName() != null && !node.getName().startsWith("<")) {
                            field.append(field.isEmpty() ? "" : ".").append(node.getName());
                        }
                    }
                }
            }
            return new FieldError(field.isEmpty() ? "body" : field.toString(), violation.getMessage());
        }
    }

    public static Problem of(Response.Status status, String detail) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, List.of());
    }

    /** A rate limit is used up; the answer carries Retry-After beside it. */
    public static Problem tooManyRequests(String detail) {
        return new Problem("https://netral.id/problems/rate-limited", "Too Many Requests", 429, detail, List.of());
    }

    /** Errors come sorted by field, then message, so that the same request always gets the same answer. */
    public static Problem invalid(List<FieldError> errors) {
        return new Problem("https://netral.id/problems/invalid-request", "Invalid request", 400,
                "The request has " + errors.size() + " invalid field(s); nothing was stored.", errors.stream()
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message)).toList());
    }

    public Response toResponse() {
        return Response.status(status).type(JSON).entity(this).build();
    }
}
