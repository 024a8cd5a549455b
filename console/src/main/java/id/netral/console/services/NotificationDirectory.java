package id.netral.console.services;

import id.netral.console.services.AdminViews.ChannelRequest;
import id.netral.console.services.AdminViews.Delivery;
import id.netral.console.services.AdminViews.DeliveryPage;
import id.netral.console.services.AdminViews.Head;
import id.netral.console.services.AdminViews.HeadPage;
import id.netral.console.services.AdminViews.HeadRequest;
import id.netral.console.services.AdminViews.Office;
import id.netral.console.services.AdminViews.OfficeChange;
import id.netral.console.services.AdminViews.OfficePage;
import id.netral.console.services.AdminViews.OfficeRequest;
import id.netral.console.services.AdminViews.StandingAssignment;
import id.netral.console.services.AdminViews.StandingRecipient;
import id.netral.console.services.AdminViews.StandingRecipientPage;
import id.netral.console.services.AdminViews.WebhookRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/** notification-service's directory and delivery administration, called with the signed-in admin's token. */
@RegisterRestClient(configKey = "notifications")
@RegisterClientHeaders(PersonToken.class)
@Path("/api/v1")
public interface NotificationDirectory {
    @GET
    @Path("/opds/page")
    OfficePage offices(@QueryParam("includeDissolved") boolean includeDissolved, @QueryParam("page") int page,
                       @QueryParam("size") int size);

    @GET
    @Path("/opds/{code}")
    Office office(@PathParam("code") String code);

    @POST
    @Path("/opds")
    Office addOffice(OfficeRequest office);

    @PATCH
    @Path("/opds/{code}")
    Office changeOffice(@PathParam("code") String code, OfficeChange change);

    @GET
    @Path("/opds/{code}/heads/page")
    HeadPage heads(@PathParam("code") String code, @QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/opds/{code}/heads")
    Head appoint(@PathParam("code") String code, HeadRequest head);

    @PUT
    @Path("/opds/{code}/webhook")
    Office setWebhook(@PathParam("code") String code, WebhookRequest webhook);

    @DELETE
    @Path("/opds/{code}/webhook")
    Office removeWebhook(@PathParam("code") String code);

    @PUT
    @Path("/opds/{code}/channels")
    Office setChannels(@PathParam("code") String code, ChannelRequest channels);

    @GET
    @Path("/standing-recipients/page")
    StandingRecipientPage standingRecipients(@QueryParam("page") int page, @QueryParam("size") int size);

    @PUT
    @Path("/standing-recipients/{role}")
    StandingRecipient assignStandingRecipient(@PathParam("role") String role, StandingAssignment assignment);

    /**
     * @param status        UNDELIVERABLE for the notices never sent; null for any
     * @param failedChannel EMAIL or WEBHOOK: the notices whose delivery on that channel failed, whatever their status
     *                      (a notice sent both ways is DELIVERED once its e-mail arrives, its webhook failed or not);
     *                      null for any
     */
    @GET
    @Path("/notifications/page")
    DeliveryPage deliveries(@QueryParam("status") String status, @QueryParam("failedChannel") String failedChannel,
                            @QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/notifications/{id}/redelivery")
    Delivery redeliver(@PathParam("id") UUID id);
}
