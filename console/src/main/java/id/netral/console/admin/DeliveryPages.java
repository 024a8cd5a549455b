package id.netral.console.admin;

import id.netral.events.access.Roles;
import id.netral.console.services.AdminViews.DeadLetterPage;
import id.netral.console.services.AdminViews.Delivery;
import id.netral.console.services.AdminViews.ReplayReport;
import id.netral.console.services.NotificationDirectory;
import id.netral.console.services.ServiceLogs;
import id.netral.console.services.ServiceLogs.Service;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What did not reach its recipient and waits for an admin: notices whose e-mail or webhook failed after every attempt
 * (re-queued here once the cause is fixed), notices that could never be sent, and the events each service parked on its
 * dead-letter topics (replayed here).
 */
@Produces(MediaType.TEXT_HTML)
@Path("/admin/pengiriman-gagal")
@RolesAllowed(Roles.ADMIN)
public class DeliveryPages {
    private static final int PAGE_SIZE = 50;

    @Inject
    @RestClient
    NotificationDirectory directory;

    @Inject
    ServiceLogs logs;

    @Inject
    @Location("admin/failures.html")
    Template failures;

    /** The dead letters of one service, for the page. */
    public record Parked(Service service, DeadLetterPage letters) {
    }

    @GET
    public TemplateInstance show(@QueryParam("berhasil") String done, @QueryParam("diulang") Long handled,
                                 @QueryParam("gagal") Long failedAgain) {
        List<FailedNotice> failed = FailedNotice.of(directory.deliveries(null, "EMAIL", 0, PAGE_SIZE).items(),
                directory.deliveries(null, "WEBHOOK", 0, PAGE_SIZE).items());
        List<Delivery> undeliverable = directory.deliveries("UNDELIVERABLE", null, 0, PAGE_SIZE).items();
        List<Parked> parked = new ArrayList<>();
        for (Service service : Service.values()) {
            parked.add(new Parked(service, logs.deadLetters(service, 0, PAGE_SIZE)));
        }
        return failures.data("failed", failed).data("undeliverable", undeliverable).data("parked", parked)
                .data("done", done).data("handled", handled).data("failedAgain", failedAgain);
    }

    /** Queues a failed notice's failed channels again; a channel that delivered is not sent twice. */
    @POST
    @Path("{id}/kirim-ulang")
    public Response redeliver(@PathParam("id") UUID id) {
        try {
            directory.redeliver(id);
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 409) {
                // someone else re-queued it, or it went through meanwhile: the list shows how it stands
                return seeOther("/admin/pengiriman-gagal?berhasil=sudah");
            }
            throw e;
        }
        return seeOther("/admin/pengiriman-gagal?berhasil=kirim-ulang");
    }

    /** Feeds one parked event to its service's consumer again. */
    @POST
    @Path("tertahan/{service}")
    public Response replay(@PathParam("service") String slug, @FormParam("eventId") String eventId) {
        Service service = Service.bySlug(slug).orElseThrow(NotFoundException::new);
        if (eventId == null || eventId.isBlank()) {
            throw new WebApplicationException(Response.status(400).build());
        }
        ReplayReport report = logs.replay(service, eventId.strip());
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("berhasil", "ulang");
        query.put("diulang", report.handled() + report.duplicates());
        query.put("gagal", report.failed());
        StringBuilder path = new StringBuilder("/admin/pengiriman-gagal?");
        query.forEach((key, value) -> path.append(key).append('=').append(value).append('&'));
        path.setLength(path.length() - 1);
        return seeOther(path.toString());
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
