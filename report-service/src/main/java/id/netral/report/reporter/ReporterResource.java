package id.netral.report.reporter;

import id.netral.kit.audit.AuditLog;
import id.netral.kit.problem.Problem;
import id.netral.kit.problem.ProblemException;
import jakarta.ws.rs.core.Response;
import id.netral.kit.security.Roles;
import id.netral.report.Report;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.UUID;

@Path("/api/v1/reports/{id}/reporter")
@Produces(MediaType.APPLICATION_JSON)
public class ReporterResource {
    @Inject
    ReporterVault vault;
    @Inject
    AuditLog audit;

    @GET
    @RolesAllowed(Roles.VERIFIER)
    @Transactional
    @Operation(summary = "Who reported the case (verifiers only; every reading is audited)")
    @APIResponse(responseCode = "404", description = "No such case")
    @APIResponse(responseCode = "410", description = "The case is closed and its reporter's identity was erased")
    public ReporterIdentity reporter(@PathParam("id") UUID id) {
        Report report = Report.<Report>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No report " + id));
        if (report.reporterErasedAt != null) {
            throw new ProblemException(Problem.of(Response.Status.GONE, "The case is closed; who reported it was "
                    + "erased on " + report.reporterErasedAt));
        }
        audit.record("report.reporter-identity.read", "report", id);
        return new ReporterIdentity(
                vault.open(report.reporterName, report.reporterKeyId, id, "name"),
                vault.open(report.reporterContact, report.reporterKeyId, id, "contact"),
                vault.open(report.reporterNik, report.reporterKeyId, id, "nik"),
                report.reporterConfidential);
    }
}
