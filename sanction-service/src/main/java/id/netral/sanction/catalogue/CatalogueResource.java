package id.netral.sanction.catalogue;

import id.netral.kit.problem.ProblemException;
import jakarta.inject.Inject;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** The rules in force, published so that anyone can read what a recommendation was based on. */
@Tag(name = "Catalogue", description = "The rule catalogue and the elections it knows")
@Path("/api/v1/catalogue")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {
    @Inject
    RuleBook ruleBook;
    @Inject
    Clock clock;

    @GET
    @Authenticated
    @Operation(summary = "The rule catalogue in force: SKB 2022 rows, sanctions, rules per employment type and "
            + "the sanctioning body by date, with the local (configured) parts filled in")
    @APIResponse(responseCode = "200", description = "The catalogue in force on the day asked for (default today)")
    @APIResponse(responseCode = "400", description = "'on' is not a date (YYYY-MM-DD)")
    @APIResponse(responseCode = "404", description = "No catalogue was in force on that day")
    public Catalogue inForce(@Parameter(description = "Day of the act, YYYY-MM-DD; default today (WITA)")
                             @QueryParam("on") String on) {
        LocalDate day = on == null || on.isBlank() ? LocalDate.now(clock) : parse(on);
        return ruleBook.inForceOn(day)
                .orElseThrow(() -> ProblemException.notFound("No rule catalogue was in force on " + day));
    }

    @GET
    @Path("/versions/{version}")
    @Authenticated
    @Operation(operationId = "catalogueVersion", summary = "One version of the rule catalogue, as a recommendation "
            + "names it (ruleVersion): the sanctions it allows are the ones sanction-service checks the examining "
            + "body's recommended sanction against")
    @APIResponse(responseCode = "200", description = "The catalogue of that version, with the local parts filled in")
    @APIResponse(responseCode = "400", description = "The version is not a catalogue version's shape (letters, digits, "
            + "'.', '_' and '-', at most 64 characters)")
    @APIResponse(responseCode = "404", description = "No catalogue has that version")
    public Catalogue version(@Parameter(description = "The catalogue version, e.g. SKB2022-PP94-v1")
                             @PathParam("version") String version) {
        if (!VERSION.matcher(version).matches()) {
            throw ProblemException.invalid("version", "must be a catalogue version such as SKB2022-PP94-v1 (letters, "
                    + "digits, '.', '_' and '-', at most 64 characters)");
        }
        return ruleBook.version(version)
                .orElseThrow(() -> ProblemException.notFound("No rule catalogue has the version " + version));
    }

    /** The shape of the catalogue files' versions; anything else cannot name one and is refused as malformed. */
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private static LocalDate parse(String on) {
        try {
            return LocalDate.parse(on.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("on", "must be a date (YYYY-MM-DD)");
        }
    }
}
