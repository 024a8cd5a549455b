package id.netral.reference;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * Takes the same JSON body as Netral's {@code POST /api/v1/reports} so that the benchmark sends both the same bytes,
 * and stores it the way a plain CRUD endpoint does: no authentication, screening, idempotency, audit or events.
 */
@Path("/entries")
public class EntryResource {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Accused(String employeeId, String name, String opdCode) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Incident(String electionId, String description) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Submission(Accused accused, Incident incident) {
    }

    public record Created(long id) {
    }

    @POST
    @Transactional
    public Response create(Submission submission) {
        Entry entry = new Entry();
        entry.electionId = submission.incident().electionId();
        entry.description = submission.incident().description();
        entry.employeeId = submission.accused().employeeId();
        entry.name = submission.accused().name();
        entry.opdCode = submission.accused().opdCode();
        entry.persist();
        return Response.status(Response.Status.CREATED).entity(new Created(entry.id)).build();
    }
}
