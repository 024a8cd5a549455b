package id.netral.report.reporter;

import id.netral.events.access.Roles;
import id.netral.kit.audit.AuditLog;
import id.netral.kit.problem.Problem;
import id.netral.kit.problem.ProblemException;
import id.netral.kit.security.Caller;
import id.netral.report.Report;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Tag(name = "Reporter", description = "Who reported a case, for verifiers only")
@Path("/api/v1/reports/{id}/reporter")
@Produces(MediaType.APPLICATION_JSON)
public class ReporterResource {
    @Inject
    ReporterVault vault;
    @Inject
    AuditLog audit;
    @Inject
    Caller caller;

    @GET
    @RolesAllowed(Roles.VERIFIER)
    // a refused opening is audited too, so the refusal must not roll the audit entry back
    @Transactional(dontRollbackOn = ProblemException.class)
    @Operation(summary = "Who reported the case (verifiers only; every opening, and every refused one, is audited)",
            description = "When the reporter asked for confidentiality (confidential: true), only the verifier the "
                    + "case is assigned to may open the identity; every other verifier, and every verifier while the "
                    + "case is not assigned, is refused with 403. Without that request any verifier may open it.")
    @APIResponse(responseCode = "200", description = "The reporter's identity", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReporterIdentity.class)))
    @APIResponse(responseCode = "403", description = "The reporter asked for confidentiality and the caller is not "
            + "the verifier assigned to the case")
    @APIResponse(responseCode = "404", description = "No such case")
    @APIResponse(responseCode = "410", description = "The case is closed and its reporter's identity was erased")
    public ReporterIdentity reporter(@PathParam("id") UUID id) {
        Report report = Report.existing(id);
        if (report.reporterErasedAt != null) {
            throw new ProblemException(Problem.of(Response.Status.GONE, "The case is closed; who reported it was "
                    + "erased on " + report.reporterErasedAt));
        }
        if (report.reporterConfidential && !caller.subject().equals(report.assignedTo)) {
            audit.record("report.reporter-identity.refused", "report", id);
            throw new ProblemException(Problem.of(Response.Status.FORBIDDEN, "The reporter asked for "
                    + "confidentiality: only the verifier assigned to the case may see who reported it."));
        }
        audit.record("report.reporter-identity.read", "report", id);
        return new ReporterIdentity(
                vault.open(report.reporterName, report.reporterKeyId, id, "name"),
                vault.open(report.reporterContact, report.reporterKeyId, id, "contact"),
                vault.open(report.reporterNik, report.reporterKeyId, id, "nik"),
                report.reporterConfidential);
    }
}
