package id.netral.console.services;

import id.netral.console.services.AdminViews.AuditPage;
import id.netral.console.services.AdminViews.DeadLetterPage;
import id.netral.console.services.AdminViews.ReplayReport;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** notification-service's audit log and dead letters (service-kit's AuditResource and DeadLetterResource). */
@RegisterRestClient(configKey = "notifications")
@RegisterClientHeaders(PersonToken.class)
@Path("/api/v1")
public interface NotificationRecords {
    @GET
    @Path("/audit/page")
    AuditPage audit(@QueryParam("recordId") String recordId, @QueryParam("page") int page,
                    @QueryParam("size") int size);

    @GET
    @Path("/admin/dead-letters")
    DeadLetterPage deadLetters(@QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/admin/dead-letters/replay")
    ReplayReport replay(@QueryParam("eventId") String eventId);
}
