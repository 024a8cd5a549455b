package id.netral.console.services;

import id.netral.console.services.Views.Answer;
import id.netral.console.services.Views.Tracking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * report-service's public tracking API, for reporters who never sign in. The reporter's own address goes along as
 * X-Forwarded-For, so the service's per-address limits count each reporter, not the console.
 */
@RegisterRestClient(configKey = "reports")
@Path("/api/v1/tracking/{code}")
public interface TrackingService {
    @GET
    Tracking track(@PathParam("code") String code, @HeaderParam("X-Forwarded-For") String reporterAddress);

    @POST
    @Path("/information")
    void answer(@PathParam("code") String code, @HeaderParam("X-Forwarded-For") String reporterAddress,
                Answer answer);
}
