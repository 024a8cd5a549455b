package id.netral.console.errors;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The pages the OIDC sign-in sends a person to when it cannot go on, and the page after sign-out. */
@Produces(MediaType.TEXT_HTML)
@Path("/")
public class ErrorPages {
    @Inject
    @Location("error.html")
    Template error;

    @Inject
    @Location("goodbye.html")
    Template goodbye;

    /** Where the OIDC sign-in sends a person whose session has run out. */
    @GET
    @Path("sesi-berakhir")
    @PermitAll
    public Response sessionExpired() {
        return page(Response.Status.UNAUTHORIZED, Problem.SESSION_EXPIRED);
    }

    /** Where the OIDC sign-in sends a person when the identity provider refused or failed. */
    @GET
    @Path("gagal-masuk")
    @PermitAll
    public Response signInFailed() {
        return page(Response.Status.UNAUTHORIZED, Problem.SIGN_IN_FAILED);
    }

    /** After sign-out. */
    @GET
    @Path("sampai-jumpa")
    @PermitAll
    public TemplateInstance signedOut() {
        return goodbye.instance();
    }

    private Response page(Response.Status status, Problem problem) {
        return ErrorMappers.page(error, status, problem);
    }
}
