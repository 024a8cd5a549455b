package id.netral.console.services;

import id.netral.console.services.Views.FollowUp;
import id.netral.console.services.Views.FollowUpRequest;
import id.netral.console.services.Views.Notice;
import id.netral.console.services.Views.StepsDue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;
import java.util.UUID;

/** notification-service, called with the signed-in person's token. */
@RegisterRestClient(configKey = "notifications")
@RegisterClientHeaders(PersonToken.class)
@Path("/api/v1/notifications")
public interface NotificationService {
    @GET
    List<Notice> notices(@QueryParam("recipientRole") String recipientRole, @QueryParam("opdCode") String opdCode,
                         @QueryParam("reportId") String reportId, @QueryParam("page") int page,
                         @QueryParam("size") int size);

    @GET
    @Path("/{id}")
    Notice notice(@PathParam("id") UUID id);

    @POST
    @Path("/{id}/acknowledgement")
    Notice acknowledge(@PathParam("id") UUID id);

    @GET
    @Path("/{id}/follow-ups")
    List<FollowUp> followUps(@PathParam("id") UUID id);

    /** The steps not taken yet with their last day, and whether it has passed. */
    @GET
    @Path("/{id}/follow-ups/due")
    StepsDue stepsDue(@PathParam("id") UUID id);

    @POST
    @Path("/{id}/follow-ups")
    FollowUp recordFollowUp(@PathParam("id") UUID id, FollowUpRequest followUp);
}
