package id.netral.kit.testapp;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.time.LocalDate;

/** A JSON endpoint of the test application with the kinds of fields Netral's request bodies have. */
@Path("/kit-test/decisions")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class StrictJsonResource {
    public enum Decision { VERIFIED, NOT_PROVEN, NEEDS_INFO }

    public record DecisionRequest(Decision decision, LocalDate incidentDate, Instant decidedAt) {
    }

    @POST
    @PermitAll
    public DecisionRequest echo(DecisionRequest request) {
        return request;
    }
}
