package id.netral.console.errors;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.ForbiddenException;
import io.vertx.core.Context;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A page in plain Bahasa Indonesia for everything that can go wrong (session ended, no right, a service away, a
 * form refused), never a stack trace or a service's raw problem+json. The services' answers keep their meaning:
 * a 403 from a service is "no right" here too.
 */
public class ErrorMappers {
    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @Inject
    @Location("error.html")
    Template error;

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return page(Response.Status.FORBIDDEN, Problem.NO_RIGHT);
    }

    /** A form's address opened instead of the form sent: there is no page there. */
    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e) {
        return page(Response.Status.METHOD_NOT_ALLOWED, Problem.NOT_FOUND);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return page(Response.Status.NOT_FOUND, Problem.NOT_FOUND);
    }

    /** A service's answer (the REST client throws it for every status from 400 on). */
    @ServerExceptionMapper(priority = 1)
    public Response serviceAnswered(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        return switch (status) {
            case 400, 422 -> page(Response.Status.BAD_REQUEST, Problem.REFUSED_INPUT);
            case 401 -> page(Response.Status.UNAUTHORIZED, Problem.SESSION_EXPIRED);
            case 403 -> page(Response.Status.FORBIDDEN, Problem.NO_RIGHT);
            case 404 -> page(Response.Status.NOT_FOUND, Problem.NOT_FOUND);
            case 409 -> page(Response.Status.CONFLICT, Problem.CHANGED);
            case 413 -> page(Response.Status.BAD_REQUEST, Problem.REFUSED_INPUT);
            case 429 -> page(Response.Status.TOO_MANY_REQUESTS, Problem.TOO_MANY);
            default -> {
                LOG.warnf("a service answered %d: %s", status, e.getMessage());
                yield page(Response.Status.SERVICE_UNAVAILABLE, Problem.SERVICE_AWAY);
            }
        };
    }

    /** A service could not be reached at all. */
    @ServerExceptionMapper
    public Response serviceUnreachable(ProcessingException e) {
        LOG.warnf("a service is unreachable: %s", e.getMessage());
        return page(Response.Status.SERVICE_UNAVAILABLE, Problem.SERVICE_AWAY);
    }

    @ServerExceptionMapper(priority = 10000)
    public Response unexpected(RuntimeException e) {
        LOG.error("unexpected failure while serving a page", e);
        return page(Response.Status.INTERNAL_SERVER_ERROR, Problem.UNEXPECTED);
    }

    /**
     * A request the console refused before it reached a page, e.g. a form without its CSRF token: the refusal
     * carries no words of its own, so it gets the page for refused input.
     */
    @ServerResponseFilter
    public void explainBareRefusals(ContainerResponseContext response) {
        if (response.getStatus() == 400 && !response.hasEntity()) {
            response.setEntity(error.data("problem", Problem.FORM_EXPIRED).render(), null, MediaType.TEXT_HTML_TYPE);
        }
    }

    private Response page(Response.Status status, Problem problem) {
        return page(error, status, problem);
    }

    /**
     * The page for a problem. A request refused while it was being routed (a form's address opened instead of sent,
     * say) is answered on the IO thread, where who is signed in cannot be asked without blocking: its page leaves out
     * the person's menu rather than failing.
     */
    static Response page(Template error, Response.Status status, Problem problem) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(error.data("problem", problem).data("bare", Context.isOnEventLoopThread()).render()).build();
    }
}
