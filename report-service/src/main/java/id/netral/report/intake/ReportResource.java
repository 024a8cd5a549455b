package id.netral.report.intake;

import id.netral.events.access.Roles;
import id.netral.kit.audit.AuditLog;
import id.netral.kit.problem.ProblemException;
import id.netral.kit.ratelimit.RateLimits;
import id.netral.kit.security.Caller;
import id.netral.report.Report;
import id.netral.report.ReportView;
import id.netral.report.TimelineEntry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

@Tag(name = "Reports", description = "Submitting a report and reading a case")
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportResource {
    @Inject
    ReportIntake intake;
    @Inject
    Caller caller;
    @Inject
    RateLimits rateLimits;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;

    @POST
    @RolesAllowed(Roles.PARTNER_APP)
    @Operation(summary = "Submit a report that a civil servant broke election neutrality")
    @APIResponse(responseCode = "201", description = "Case opened; a retry with the same Idempotency-Key and body "
            + "gets the first answer again, with Idempotent-Replayed: true",
            headers = {@Header(name = "Location", description = "The case's address",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
                    @Header(name = "Idempotent-Replayed", description = "true when this is the answer to an earlier "
                            + "request with the same Idempotency-Key, which opened no second case",
                            schema = @Schema(type = SchemaType.BOOLEAN))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubmissionReceipt.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, named in application/problem+json; nothing stored")
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used for a different body")
    @APIResponse(responseCode = "429", description = "Too many submissions from this app or address; see Retry-After")
    public Response submit(
            @Parameter(description = "Makes a retried submission return the first result")
            @HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey,
            SubmitReportRequest request, @Context UriInfo uri) {
        rateLimits.take("submission-per-client", caller.clientId());
        rateLimits.take("submission-per-address", caller.address());
        ReportIntake.Submission submission = intake.submit(request, idempotencyKey);
        Report report = submission.report();
        SubmissionReceipt receipt = new SubmissionReceipt(report.id, report.trackingCode, report.status);
        return Response.created(uri.getAbsolutePathBuilder().path(report.id.toString()).build()).entity(receipt)
                .header("Idempotent-Replayed", submission.replayed())
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTNER_APP, Roles.VERIFIER, Roles.AUDITOR})
    @Transactional
    @Operation(summary = "A case with its decision and timeline (never the reporter's identity). Verifiers and "
            + "auditors read it in full; a partner app reads only the reports it submitted, and of them the status and "
            + "the steps with their time and words: no actors, decision note, follow-up notes or decree numbers")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "404", description = "No such case, or not one this partner app submitted")
    public ReportView get(@PathParam("id") UUID id) {
        Report report = Report.<Report>findByIdOptional(id)
                .filter(r -> r.readableBy(caller)) // another app's report answers 404, like a missing one
                .orElseThrow(() -> ProblemException.notFound("No report " + id));
        audit.record("report.read", "report", id);
        ReportView view = ReportView.of(report, TimelineEntry.of(id), LocalDate.now(clock));
        return caller.hasRole(Roles.VERIFIER) || caller.hasRole(Roles.AUDITOR) ? view : view.forPartnerApp();
    }
}
