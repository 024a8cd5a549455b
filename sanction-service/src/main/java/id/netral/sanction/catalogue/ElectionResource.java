package id.netral.sanction.catalogue;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Collection;

/** The election calendar in use, so that a reader can see which day decided between an ethics and a discipline row. */
@Tag(name = "Catalogue")
@Path("/api/v1/elections")
@Produces(MediaType.APPLICATION_JSON)
public class ElectionResource {
    @Inject
    SanctionRules rules;

    @GET
    @Authenticated
    @Operation(summary = "The election calendar: campaign, voting day and, per contest, the day candidates were fixed",
            description = "An act before the day the candidates of its contest were fixed was toward a would-be "
                    + "candidate (SKB rows E1-E6 and D9), on or after it toward a candidate (their counterparts D1, "
                    + "D2, D4, D6, D7 and D10). A case's election id may name its contest after a slash "
                    + "(PEMILU-2024/DPRD-KOTA-KUPANG); without one, an act between two contests' days is left to "
                    + "manual review. The dates are configuration (netral.sanction.elections.*).")
    @APIResponse(responseCode = "200", description = "Every election, by id")
    public Collection<Election> calendar() {
        return rules.calendar().all();
    }
}
