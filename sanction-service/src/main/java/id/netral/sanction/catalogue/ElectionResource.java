package id.netral.sanction.catalogue;

import id.netral.kit.paging.Page;
import id.netral.kit.paging.PageParameters;
import id.netral.kit.paging.PageRequest;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Collection;
import java.util.List;

/** The election calendar in use, so that a reader can see which day decided between an ethics and a discipline row. */
@Tag(name = "Catalogue")
@Path("/api/v1/elections")
@Produces(MediaType.APPLICATION_JSON)
public class ElectionResource {
    @Inject
    SanctionRules rules;

    @GET
    @Authenticated
    @Operation(operationId = "calendar", deprecated = true,
            summary = "The election calendar as a bare array; use GET /api/v1/elections/page, which answers the page "
                    + "shape every list shares", description = "Kept for clients written before the page shape.")
    @APIResponse(responseCode = "200", description = "Every election, by id",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Election.class, type = SchemaType.ARRAY)))
    public Collection<Election> calendar() {
        return rules.calendar().all();
    }

    /** One page of the election calendar. */
    @Schema(name = "ElectionPage")
    public static final class ElectionPage extends Page<Election> {
        ElectionPage(PageRequest request, List<Election> all) {
            super(request, all);
        }
    }

    @GET
    @Path("/page")
    @Authenticated
    @Operation(operationId = "pageElections",
            summary = "The election calendar: campaign, voting day and, per contest, the day candidates were fixed, "
                    + "by id, a page at a time",
            description = "An act before the day the candidates of its contest were fixed was toward a would-be "
                    + "candidate (SKB rows E1-E6 and D9), on or after it toward a candidate (their counterparts D1, "
                    + "D2, D4, D6, D7 and D10). A case's election id may name its contest after a slash "
                    + "(PEMILU-2024/DPRD-KOTA-KUPANG); without one, an act between two contests' days is left to "
                    + "manual review. The dates are configuration (netral.sanction.elections.*).")
    @APIResponse(responseCode = "200", description = "One page of the elections, by id",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ElectionPage.class)))
    public ElectionPage page(@BeanParam PageParameters paging) {
        return new ElectionPage(paging.request(), List.copyOf(rules.calendar().all()));
    }
}
