package id.netral.sanction.recommendation;

import id.netral.kit.problem.ProblemException;
import id.netral.kit.problem.QueryParameters;
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

    @GET
    @Path("/{id}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "A sanction recommendation with its legal basis and explanation")
    @APIResponse(responseCode = "200", description = "The recommendation")
    @APIResponse(responseCode = "404", description = "No such recommendation")
    public RecommendationView get(@PathParam("id") UUID id) {
        return Recommendation.<Recommendation>findByIdOptional(id).map(RecommendationView::of)
                .orElseThrow(() -> ProblemException.notFound("No recommendation " + id));
    }

    @GET
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
                .map(RecommendationView::of).toList();
    }
}
