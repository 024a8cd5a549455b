package id.netral.report.verification;

import id.netral.events.access.Roles;
import id.netral.kit.problem.PlainText;
import id.netral.report.ReportView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Tag(name = "Verification", description = "Bawaslu verifiers take and decide cases")
@Path("/api/v1/reports/{id}/assignment")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssignmentResource {
    @Inject
    Verification verification;

    /** @param verifier the token subject of the verifier to take the case; empty to take it oneself */
    public record Assignment(@Size(max = 200) @PlainText @Schema(examples = "maria.ndoen") String verifier) {
    }

    @POST
    @RolesAllowed(Roles.VERIFIER)
    @Operation(summary = "Assign a registered case to a verifier (oneself when no verifier is named)")
    @APIResponse(responseCode = "200", description = "Assigned; the case as it now stands")
    @APIResponse(responseCode = "400", description = "The verifier's name is too long or holds control characters")
    @APIResponse(responseCode = "404", description = "No such case")
    @APIResponse(responseCode = "409", description = "The case is not waiting for a decision")
    public ReportView assign(@PathParam("id") UUID id, @Valid Assignment assignment) {
        return verification.assign(id, assignment == null ? null : assignment.verifier());
    }
}
