package id.netral.report.verification;

import id.netral.events.access.Roles;
import id.netral.report.ReportView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Tag(name = "Verification")
@Path("/api/v1/reports/{id}/verification")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VerificationResource {
    @Inject
    Verification verification;

    @POST
    @RolesAllowed(Roles.VERIFIER)
    @Operation(summary = "Record a Bawaslu verifier's decision: VERIFIED, NOT_PROVEN or NEEDS_INFO")
    @APIResponse(responseCode = "200", description = "Decision recorded; the case as it now stands")
    @APIResponse(responseCode = "400", description = "Invalid decision; nothing changed")
    @APIResponse(responseCode = "404", description = "No such case")
    @APIResponse(responseCode = "409", description = "The case is not open for a decision")
    public ReportView decide(@PathParam("id") UUID id, VerificationRequest request) {
        return verification.decide(id, request);
    }
}
