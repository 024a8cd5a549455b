package id.netral.console.home;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** The start page after sign-in: what this person can do, one card per task of their role. */
@Produces(MediaType.TEXT_HTML)
@Path("/")
public class HomePage {
    @Inject
    @Location("home.html")
    Template home;

    @GET
    @Authenticated
    public TemplateInstance show() {
        return home.instance();
    }

    /**
     * Sign-out: the OIDC extension ends the session on this path and sends the browser to the identity provider's
     * end-session endpoint; this answer is only reached when that did not happen.
     */
    @POST
    @Path("keluar")
    @Authenticated
    public Response signOut() {
        return Response.seeOther(URI.create("/sampai-jumpa")).build();
    }

    /** The sign-in callback registered at the identity provider; OIDC then restores the page the person asked for. */
    @GET
    @Path("masuk")
    @Authenticated
    public Response signedIn() {
        return Response.seeOther(URI.create("/")).build();
    }
}
