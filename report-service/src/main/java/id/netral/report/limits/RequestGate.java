package id.netral.report.limits;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.netral.kit.problem.Problem;
import id.netral.kit.ratelimit.RateLimitExceeded;
import id.netral.kit.ratelimit.RateLimits;
import id.netral.kit.security.Caller;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Refuses, on the HTTP layer and before a byte of the body is read, what no endpoint should have to parse: a body
 * larger than {@link RequestLimitSettings#maxBodyBytes()} anywhere but the evidence upload (by its Content-Length, or
 * any body without one), public tracking requests over their per-address rate, and evidence uploads over theirs.
 * Quarkus REST's own filters run too late for this: by then the body is buffered. The upload's per-app rate is taken
 * by the resource, since the app is known only once the token is checked; by then up to 10 MB are read, so this
 * per-address rate is what bounds the bytes one address can make the service read, signed in or not.
 */
@ApplicationScoped
public class RequestGate {
    /** Before Quarkus's own HTTP filters (security, CORS), which need nothing of what this refuses. */
    private static final int PRIORITY = 1_000;
    private static final Pattern UPLOAD = Pattern.compile("/+api/+v1/+reports/+[0-9a-fA-F-]{36}/+attachments/*");
    private static final Pattern TRACKING = Pattern.compile("/+api/+v1/+tracking(/.*)?");
    static final String TRACKING_LIMIT = "tracking-per-address";
    static final String UPLOAD_LIMIT = "upload-per-address";

    @Inject
    RequestLimitSettings settings;
    @Inject
    RateLimits rateLimits;
    @Inject
    ObjectMapper json;

    void register(@Observes Filters filters) {
        filters.register(this::admit, PRIORITY);
    }

    private void admit(RoutingContext context) {
        HttpServerRequest request = context.request();
        String path = context.normalizedPath();
        boolean upload = request.method() == HttpMethod.POST && UPLOAD.matcher(path).matches();
        if (!upload && tooLarge(request)) {
            refuse(context, new Problem("https://netral.id/problems/body-too-large", "Payload Too Large", 413,
                    "A request body may be at most " + settings.maxBodyBytes() + " bytes, sent with its "
                            + "Content-Length; only evidence files are larger. Nothing was read or stored.",
                    List.of()), 0);
            return;
        }
        String limit = upload ? UPLOAD_LIMIT : TRACKING.matcher(path).matches() ? TRACKING_LIMIT : null;
        if (limit != null) {
            try {
                rateLimits.take(limit, Caller.addressOf(request));
            } catch (RateLimitExceeded e) {
                refuse(context, Problem.tooManyRequests(e.getMessage()), e.retryAfterSeconds());
                return;
            }
        }
        context.next();
    }

    /** A body above the limit by its Content-Length, or a body of unknown length (chunked). */
    private boolean tooLarge(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
        }
        try {
            return Long.parseLong(length.strip()) > settings.maxBodyBytes();
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private void refuse(RoutingContext context, Problem problem, long retryAfterSeconds) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a problem", e);
        }
        var response = context.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (retryAfterSeconds > 0) {
            response.putHeader("Retry-After", Long.toString(retryAfterSeconds));
        }
        // the body is left unread, so the connection cannot carry another request: it is closed once answered
        response.putHeader(HttpHeaders.CONNECTION, "close");
        response.end(body).onComplete(written -> context.request().connection().close());
    }
}
