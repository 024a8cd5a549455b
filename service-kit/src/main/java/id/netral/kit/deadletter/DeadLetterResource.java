package id.netral.kit.deadletter;

import id.netral.events.access.Roles;
import id.netral.kit.paging.PageParameters;
import id.netral.kit.paging.PageRequest;
import id.netral.kit.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * The records this service gave to its dead-letter topics, and their replay once the cause is fixed (the runbook step
 * of the NetralEventDeadLettered alert). Every replay is audited.
 */
@Tag(name = "Administration")
@Path("/api/v1/admin/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {
    @Inject
    DeadLetters deadLetters;

    @Schema(name = "DeadLetterPage")
    public static final class Page extends id.netral.kit.paging.Page<DeadLetters.Parked> {
        Page(List<DeadLetters.Parked> items, PageRequest request, long total) {
            super(items, request, total);
        }
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listDeadLetters",
            summary = "Records on this service's dead-letter topics, newest first, optionally since a time")
    public Page list(@QueryParam("since") String since, @BeanParam PageParameters paging) {
        PageRequest asked = paging.request();
        DeadLetters.Listing listing = deadLetters.since(since == null ? Instant.EPOCH : instant("since", since), asked);
        return new Page(listing.items(), asked, listing.total());
    }

    @POST
    @Path("/replay")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Feed dead-lettered events to the consumer again: one by event id, or all since a time; "
            + "an event already handled changes nothing, one that fails again stays on the dead-letter topic")
    public DeadLetters.ReplayReport replay(@QueryParam("eventId") String eventId, @QueryParam("since") String since) {
        boolean byEvent = eventId != null && !eventId.isBlank();
        boolean bySince = since != null && !since.isBlank();
        if (byEvent == bySince) {
            throw ProblemException.invalid(byEvent ? "since" : "eventId",
                    "give either eventId or since, not both and not neither");
        }
        return byEvent ? deadLetters.replayEvent(eventId(eventId)) : deadLetters.replaySince(instant("since", since));
    }

    private static Instant instant(String field, String value) {
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be an instant such as 2024-11-01T00:00:00Z");
        }
    }

    /**
     * Netral's events are identified by UUIDs (the CloudEvents id); anything else names no event, and an answer of
     * "0 replayed" to a typo would read as if the event were gone. A record without a valid id is replayed by time.
     */
    private static String eventId(String value) {
        try {
            return UUID.fromString(value.strip()).toString();
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("eventId", "must be an event id (a UUID) as the dead-letter list shows it; "
                    + "replay a record without one by since");
        }
    }
}
