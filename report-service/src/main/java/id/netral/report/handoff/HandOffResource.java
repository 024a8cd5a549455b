package id.netral.report.handoff;

import id.netral.events.access.Roles;
import id.netral.report.ReportView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Bawaslu's hand-off of a verified case to KASN or BKN: the forwarding as a step of the case, and its export. */
@Tag(name = "Hand-off", description = "Bawaslu forwards its study of a verified case to KASN (until 23 Aug 2024) or "
        + "BKN through SBT (from 24 Aug 2024)")
@Path("/api/v1/reports/{id}")
public class HandOffResource {
    @Inject
    StudyForwarding forwarding;
    @Inject
    HandOffExports exports;

    @POST
    @Path("/forwarding")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VERIFIER)
    @Operation(summary = "Record Bawaslu's forwarding of its study of a verified case: the letter's day and number "
            + "and who forwarded it",
            description = "The forwarding day decides the receiver: KASN until the day before netral.handoff.bkn-from "
                    + "(24 Aug 2024), BKN through its SBT channel from then. Once per case. Emits "
                    + "id.netral.report.study-forwarded.v1; sanction-service then shows which body has the case.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "to BKN", value = """
            {"forwardedOn": "2024-10-07", "letterNumber": "112/PP.01.02/K.NT-12/10/2024",
             "forwardedBy": "Ketua Bawaslu Kota Kupang"}""")))
    @APIResponse(responseCode = "200", description = "Recorded; the case as it now stands")
    @APIResponse(responseCode = "400", description = "A field is missing or malformed, or the day is in the future or "
            + "before the verification; nothing changed")
    @APIResponse(responseCode = "404", description = "No such case")
    @APIResponse(responseCode = "409", description = "The case is not verified, or its study was already forwarded")
    public ReportView forward(@PathParam("id") UUID id, ForwardingRequest request) {
        return forwarding.forward(id, request);
    }

    @GET
    @Path("/hand-off")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VERIFIER)
    @Operation(summary = "A verified case in the shape the SBT/SIGAPLAPOR channel takes, to copy instead of retyping; "
            + "never the reporter",
            description = "Accept: application/json, or text/html for a page to print. The field list of SBT's form "
                    + "is UNCONFIRMED (netral.handoff.sbt-field-list-status says so in every export). Audited.")
    @APIResponse(responseCode = "200", description = "The case for the hand-off", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HandOffExport.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type =
                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
                    example = "<!DOCTYPE html><html lang=\"id\"><head><title>Penerusan kasus pelanggaran netralitas ASN"
                            + "</title></head><body><h1>Penerusan kasus pelanggaran netralitas ASN</h1>...</body></html>")})
    @APIResponse(responseCode = "404", description = "No such case")
    @APIResponse(responseCode = "409", description = "The case is not verified")
    public HandOffExport handOffExport(@PathParam("id") UUID id) {
        return exports.of(id);
    }

    @GET
    @Path("/hand-off")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.VERIFIER)
    @Operation(hidden = true)
    public Response print(@PathParam("id") UUID id) {
        return Response.ok(HandOffPrint.of(exports.of(id)), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "inline; filename=\"penerusan-kasus-" + id + ".html\"").build();
    }
}
