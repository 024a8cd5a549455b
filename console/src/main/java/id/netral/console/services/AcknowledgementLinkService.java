package id.netral.console.services;

import id.netral.console.services.Views.AcknowledgementLink;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/**
 * notification-service's one-time acknowledgement links from the OPD head's e-mail. No token goes along: the link's
 * signature is the proof, and the OPD head may well not be signed in.
 */
@RegisterRestClient(configKey = "notifications")
@Path("/api/v1/acknowledgement-links/{id}")
@Produces(MediaType.APPLICATION_JSON)
public interface AcknowledgementLinkService {
    /** What a valid, unused link acknowledges; 403 forged or expired, 410 already used, 400 damaged. */
    @GET
    AcknowledgementLink check(@PathParam("id") UUID id, @QueryParam("expires") String expires,
                              @QueryParam("signature") String signature);

    @POST
    AcknowledgementLink acknowledge(@PathParam("id") UUID id, @QueryParam("expires") String expires,
                                    @QueryParam("signature") String signature);
}
