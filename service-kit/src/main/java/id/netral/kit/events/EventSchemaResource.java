package id.netral.kit.events;

import id.netral.events.EventSchemas;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The JSON Schemas of Netral's events, served by every service where their {@code $id}s point: the id
 * {@code https://netral.id/events/report-verified.schema.json} (a record's {@code ce_dataschema}) is
 * {@code GET /events/report-verified.schema.json} here, the very file of the event-contracts jar the service checks its
 * events with. Public: the schemas are what other agencies read the topics by, and hold no case data.
 */
@Tag(name = "Events", description = "The JSON Schemas of the events, at their $id paths")
@Path(EventSchemaResource.PATH)
public class EventSchemaResource {
    /** The path of {@link EventSchemas#SCHEMA_BASE}. */
    public static final String PATH = "/events";

    @GET
    @Path("/{file}")
    @PermitAll
    @Produces({EventSchemas.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "The JSON Schema (draft 2020-12) of an event payload, by the file name its $id ends with")
    @APIResponse(responseCode = "404", description = "No event schema has this file name")
    public Response schema(@PathParam("file") String file) {
        byte[] schema = EventSchemas.schemaFile(file).orElseThrow(NotFoundException::new);
        // a schema changes only compatibly within its type version, and with the service's release
        return Response.ok(schema, EventSchemas.MEDIA_TYPE).header("Cache-Control", "public, max-age=3600").build();
    }
}
