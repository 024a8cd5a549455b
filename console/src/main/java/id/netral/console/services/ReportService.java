package id.netral.console.services;

import id.netral.console.services.Views.Assignment;
import id.netral.console.services.Views.AttachmentPage;
import id.netral.console.services.Views.RelatedReportPage;
import id.netral.console.services.Views.ReporterIdentity;
import id.netral.console.services.Views.Case;
import id.netral.console.services.Views.VerificationRequest;
import id.netral.console.services.Views.WorklistPage;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** report-service, called with the signed-in person's token. */
@RegisterRestClient(configKey = "reports")
@RegisterClientHeaders(PersonToken.class)
@Path("/api/v1/reports")
public interface ReportService {
    @GET
    WorklistPage worklist(@QueryParam("status") List<String> status, @QueryParam("opdCode") String opdCode,
                          @QueryParam("kecamatanCode") String kecamatanCode, @QueryParam("overdue") Boolean overdue,
                          @QueryParam("assignedTo") String assignedTo, @QueryParam("sort") String sort,
                          @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/counts")
    Map<String, Long> counts(@QueryParam("opdCode") String opdCode, @QueryParam("kecamatanCode") String kecamatanCode,
                             @QueryParam("overdue") Boolean overdue, @QueryParam("assignedTo") String assignedTo);

    @GET
    @Path("/{id}")
    Case get(@PathParam("id") UUID id);

    @POST
    @Path("/{id}/assignment")
    Case assign(@PathParam("id") UUID id, Assignment assignment);

    @POST
    @Path("/{id}/verification")
    Case decide(@PathParam("id") UUID id, VerificationRequest decision);

    /** The case's evidence files, without their content. */
    @GET
    @Path("/{id}/attachments/page")
    AttachmentPage attachments(@PathParam("id") UUID id, @QueryParam("size") int size);

    /** One evidence file as uploaded, in its own media type; report-service audits every download. */
    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    Response attachment(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId);

    /** The reports linked to the case as the same act and those about the same accused in the same election. */
    @GET
    @Path("/{id}/duplicates")
    RelatedReportPage duplicates(@PathParam("id") UUID id, @QueryParam("size") int size);

    /** Who reported the case: audited, and refused (403) to all but the assigned verifier when confidential. */
    @GET
    @Path("/{id}/reporter")
    ReporterIdentity reporter(@PathParam("id") UUID id);
    /** Records Bawaslu's forwarding of its study of a verified case to KASN or BKN (verifiers only, once). */
    @POST
    @Path("/{id}/forwarding")
    Case forward(@PathParam("id") UUID id, Views.ForwardingRequest forwarding);

    /**
     * The verified case in the shape the hand-off channel (BKN's SBT) takes, never the reporter: {@code accept}
     * application/json for the data, text/html for a page to print. Audited by report-service.
     */
    @GET
    @Path("/{id}/hand-off")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    Response handOff(@PathParam("id") UUID id, @HeaderParam("Accept") String accept);

    /** How many cases of an election fall on each value of {@code by} (status, violationKind, opd, ...). */
    @GET
    @Path("/recap")
    List<Views.RecapRow> recap(@QueryParam("by") String by, @QueryParam("electionId") String electionId,
                               @QueryParam("overdue") Boolean overdue);

    /** The cases of an election as a spreadsheet, in the format {@code accept} names (text/csv or XLSX). */
    @GET
    @Path("/export")
    Response export(@QueryParam("electionId") String electionId,
                                       @HeaderParam("Accept") String accept);
}
