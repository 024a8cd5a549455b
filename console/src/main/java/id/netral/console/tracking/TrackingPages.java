package id.netral.console.tracking;

import id.netral.console.services.TrackingService;
import id.netral.console.services.Views.Answer;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The reporter's page, without sign-in: the tracking code shows the case's steps in plain words and lets the
 * reporter answer a verifier's question. The code travels in a form body, not in the address, so it stays out of
 * browser history and access logs.
 */
@Produces(MediaType.TEXT_HTML)
@Path("/lacak")
@PermitAll
public class TrackingPages {
    @Inject
    @RestClient
    TrackingService tracking;

    @Inject
    @Location("tracking/lookup.html")
    Template lookup;

    @Context
    HttpServerRequest request;

    @GET
    public TemplateInstance form() {
        return lookup.data("tracking", null).data("answered", false).data("unknown", false);
    }

    @POST
    public TemplateInstance track(@FormParam("kode") String code) {
        try {
            return lookup.data("tracking", tracking.track(clean(code), reporterAddress())).data("answered", false)
                    .data("unknown", false);
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                // a mistyped code is the common case: say so on the same page, with the form to try again
                return lookup.data("tracking", null).data("answered", false).data("unknown", true);
            }
            throw e;
        }
    }

    @POST
    @Path("jawab")
    public TemplateInstance answer(@FormParam("kode") String code, @FormParam("jawaban") String answer) {
        tracking.answer(clean(code), reporterAddress(), new Answer(answer == null ? "" : answer.strip()));
        return lookup.data("tracking", tracking.track(clean(code), reporterAddress())).data("answered", true)
                .data("unknown", false);
    }

    private String reporterAddress() {
        return request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
    }

    private static String clean(String code) {
        return code == null || code.isBlank() ? "-" : code.strip().toUpperCase();
    }
}
