package id.netral.sanction.recommendation;

import id.netral.kit.audit.AuditLog;
import id.netral.kit.problem.ProblemException;
import id.netral.kit.problem.QueryParameters;
import id.netral.kit.security.Caller;
import id.netral.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

@Path("/api/v1/recommendations")
@Produces(MediaType.APPLICATION_JSON)
public class RecommendationResource {
    @Inject
    Caller caller;
    @Inject
    AuditLog audit;

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PERSONNEL_OFFICER, Roles.PPK, Roles.AUDITOR, Roles.OPD_HEAD})
    @Transactional
    @Operation(summary = "A sanction recommendation with its legal basis and explanation")
    @APIResponse(responseCode = "200", description = "The recommendation")
    @APIResponse(responseCode = "404", description = "No such recommendation, or one of another OPD for an OPD head")
    public RecommendationView get(@PathParam("id") UUID id) {
        Recommendation recommendation = Recommendation.<Recommendation>findByIdOptional(id)
                .filter(r -> caller.mayReadCaseOf(r.accused.opdCode))
                .orElseThrow(() -> ProblemException.notFound("No recommendation " + id));
        audit.record("recommendation.read", "recommendation", id);
        return RecommendationView.of(recommendation);
    }

    @GET
    @RolesAllowed({Roles.PERSONNEL_OFFICER, Roles.PPK, Roles.AUDITOR, Roles.OPD_HEAD})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "The recommendation of a case (a list with at most one entry; empty while the case is "
            + "not verified or still being processed)")
    @APIResponse(responseCode = "200", description = "The case's recommendations")
    @APIResponse(responseCode = "400", description = "reportId missing or not a UUID, named in "
            + "application/problem+json")
    public List<RecommendationView> byReport(
            @Parameter(description = "The report (case) id", required = true) @QueryParam("reportId") String reportId) {
        return Recommendation.<Recommendation>list("reportId", QueryParameters.requiredUuid("reportId", reportId,
                "the id of the case whose recommendation to list")).stream()
                .filter(r -> caller.mayReadCaseOf(r.accused.opdCode))
                .map(RecommendationView::of).toList();
    }
}
