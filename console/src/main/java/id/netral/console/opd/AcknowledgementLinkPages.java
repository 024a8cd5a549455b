package id.netral.console.opd;

import id.netral.console.services.AcknowledgementLinkService;
import id.netral.console.services.Views.AcknowledgementLink;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Instant;
import java.util.UUID;

/**
 * Where the one-time link of an OPD head's e-mail lands, signed in or not: opening it changes nothing (mail filters
 * open links on their own); one press of the button acknowledges the notice through notification-service, which
 * checks the link's signature, and the page then leads on to the follow-up, behind sign-in. An expired, used or
 * unknown link gets a page that says so and what to do instead.
 */
@Produces(MediaType.TEXT_HTML)
@Path("/tanda-terima/{id}")
@PermitAll
public class AcknowledgementLinkPages {
    /** What the page says about the link. */
    public enum State {
        READY, DONE, EXPIRED, USED, UNKNOWN
    }

    @Inject
    @RestClient
    AcknowledgementLinkService links;

    @Inject
    @Location("opd/acknowledgement.html")
    Template page;

    /**
     * The id, expiry and signature are the link's, as notification-service wrote it into the e-mail. The id is not
     * taken as a UUID by the framework: a link cut short must get this page, not the framework's 404.
     */
    @GET
    public Response open(@PathParam("id") String id, @QueryParam("expires") String expires,
                         @QueryParam("signature") String signature) {
        return answer(id, expires, signature, false);
    }

    @POST
    public Response acknowledge(@PathParam("id") String id, @FormParam("expires") String expires,
                                @FormParam("signature") String signature) {
        return answer(id, expires, signature, true);
    }

    private Response answer(String id, String expires, String signature, boolean acknowledge) {
        UUID notice = uuid(id);
        if (notice == null) {
            return show(State.UNKNOWN, null, id, expires, signature);
        }
        try {
            AcknowledgementLink link = acknowledge ? links.acknowledge(notice, expires, signature)
                    : links.check(notice, expires, signature);
            return show(acknowledge ? State.DONE : State.READY, link, id, expires, signature);
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            return switch (status) {
                case 410 -> show(State.USED, null, id, expires, signature);
                // notification-service says "forged or expired" alike; the expiry in the link tells them apart
                case 403 -> show(expired(expires) ? State.EXPIRED : State.UNKNOWN, null, id, expires, signature);
                case 400, 404 -> show(State.UNKNOWN, null, id, expires, signature);
                default -> throw e;
            };
        }
    }

    private Response show(State state, AcknowledgementLink link, String id, String expires, String signature) {
        TemplateInstance shown = page.data("state", state.name()).data("link", link).data("id", id)
                .data("expires", expires == null ? "" : expires).data("signature", signature == null ? "" : signature);
        Response.Status status = switch (state) {
            case READY, DONE -> Response.Status.OK;
            case EXPIRED, USED -> Response.Status.GONE;
            case UNKNOWN -> Response.Status.NOT_FOUND;
        };
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(shown.render())
                // the link is a one-time key: no copy of the page in a shared browser's cache
                .header("Cache-Control", "no-store").build();
    }

    private static boolean expired(String expires) {
        try {
            return Long.parseLong(expires.strip()) < Instant.now().getEpochSecond();
        } catch (RuntimeException damaged) {
            return false;
        }
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
