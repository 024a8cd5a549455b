package id.netral.notification.tracking;

import id.netral.kit.problem.ProblemException;
import id.netral.kit.problem.QueryParameters;
import id.netral.notification.Notification;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.UUID;

/** Who was told about a case, at which address, and whether the notice arrived. */
@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "The notices about one case, oldest first, without their text")
    @APIResponse(responseCode = "400", description = "reportId is missing or not a UUID")
    public List<NotificationView> list(
            @Parameter(description = "The case (report) id", required = true) @QueryParam("reportId") String reportId) {
        return Notification.ofReport(QueryParameters.requiredUuid("reportId", reportId,
                "the id of the case whose notices to list")).stream().map(NotificationView::summary).toList();
    }

    @GET
    @Path("/{id}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "One notice with its subject and body as sent")
    @APIResponse(responseCode = "404", description = "No such notice")
    public NotificationView get(@PathParam("id") UUID id) {
        return Notification.<Notification>findByIdOptional(id).map(NotificationView::withMessage)
                .orElseThrow(() -> ProblemException.notFound("No notification " + id));
    }
}
