package id.netral.sanction.recommendation;

import id.netral.kit.problem.Problem;
import id.netral.events.access.Roles;
import id.netral.sanction.catalogue.Catalogue;
import id.netral.sanction.catalogue.RuleBook;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Tag(name = "Recommendations")
@Path("/api/v1/recommendations/{id}/body-result")
@Produces(MediaType.APPLICATION_JSON)
public class HandOffResource {
    @Inject
    HandOff handOff;
    @Inject
    RuleBook ruleBook;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PERSONNEL_OFFICER)
    @Operation(summary = "Record KASN's recommendation or BKN's examination result when its letter reaches the city "
            + "(BKPPD personnel officer)",
            description = "Only for a case whose study Bawaslu forwarded (report-service's forwarding step): no body "
                    + "answers a case it has not seen. Until it is recorded Netral's recommendation is a draft "
                    + "(rancangan) for the PPK; from then handOff.ppkActsOn is BODY_RESULT and the PPK may impose the "
                    + "body's sanction. The officer records it because the body's letter goes to the PPK and BKPPD "
                    + "processes it (research notes 1, 3.3). Emits id.netral.sanction.body-result-recorded.v1.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "BKN", value = """
            {"resultNumber": "LHP-0451/NETRALITAS/X/2024", "resultDate": "2024-10-18", "recommendedSanction": "B2"}""")))
    @APIResponse(responseCode = "200", description = "Recorded; the recommendation with the body's result beside it")
    @APIResponse(responseCode = "400", description = "A field is missing, the date is in the future or before the "
            + "forwarding, or the sanction is not in the catalogue; nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "unknown sanction",
                    value = """
                    {"type": "https://netral.id/problems/invalid-request", "title": "Invalid request", "status": 400,
                     "detail": "The request has 1 invalid field(s); nothing was stored.",
                     "errors": [{"field": "recommendedSanction",
                                 "message": "must be a sanction of catalogue SKB2022-PP94-v1, e.g. B1, B2, B3"}]}""")))
    @APIResponse(responseCode = "403", description = "Only a personnel officer records it")
    @APIResponse(responseCode = "404", description = "No such recommendation")
    @APIResponse(responseCode = "409", description = "The study was never forwarded, the result is already recorded, "
            + "or the PPK has decided")
    public RecommendationView record(@PathParam("id") UUID id,
                                     @Valid @NotNull(message = "is required") BodyResult result) {
        Recommendation r = handOff.recordResult(id, result);
        return RecommendationView.of(r, null, null, ruleBook.version(r.ruleVersion)
                .flatMap(c -> c.sanction(r.bodySanction)).map(Catalogue.Sanction::text).orElse(null), null);
    }
}
