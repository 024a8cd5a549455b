package id.netral.notification.tracking;

import id.netral.kit.audit.AuditLog;
import id.netral.kit.problem.ProblemException;
import id.netral.kit.security.Caller;
import id.netral.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
    @Inject
    Caller caller;
    @Inject
    AuditLog audit;

    @GET
    @RolesAllowed({Roles.PERSONNEL_OFFICER, Roles.PPK, Roles.AUDITOR, Roles.ADMIN, Roles.OPD_HEAD})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "The notices about one case, oldest first, without their text")
    @APIResponse(responseCode = "400", description = "reportId is missing or not a UUID")
    public List<NotificationView> list(
            @Parameter(description = "The case (report) id", required = true) @QueryParam("reportId") String reportId) {
        return Notification.ofReport(QueryParameters.requiredUuid("reportId", reportId,
                "the id of the case whose notices to list")).stream()
                .filter(n -> caller.mayReadCaseOf(n.opdCode))
                .map(NotificationView::summary).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PERSONNEL_OFFICER, Roles.PPK, Roles.AUDITOR, Roles.ADMIN, Roles.OPD_HEAD})
    @Transactional
    @Operation(summary = "One notice with its subject and body as sent")
    @APIResponse(responseCode = "404", description = "No such notice, or one of another OPD for an OPD head")
    public NotificationView get(@PathParam("id") UUID id) {
        Notification notification = Notification.<Notification>findByIdOptional(id)
                .filter(n -> caller.mayReadCaseOf(n.opdCode))
                .orElseThrow(() -> ProblemException.notFound("No notification " + id));
        audit.record("notification.read", "notification", id);
        return NotificationView.withMessage(notification);
    }
}
