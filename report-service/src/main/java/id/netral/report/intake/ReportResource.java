package id.netral.report.intake;

import id.netral.kit.problem.ProblemException;
import id.netral.report.Report;
import id.netral.report.TimelineEntry;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.UUID;

@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportResource {
    @Inject
    ReportIntake intake;

    @POST
    @Operation(summary = "Submit a report that a civil servant broke election neutrality")
    @APIResponse(responseCode = "201", description = "Case opened; a retry with the same Idempotency-Key and body "
            + "gets the first answer again, with Idempotent-Replayed: true")
    @APIResponse(responseCode = "400", description = "Invalid fields, named in application/problem+json; nothing stored")
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used for a different body")
    public Response submit(
            @Parameter(description = "Makes a retried submission return the first result")
            @HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey,
            SubmitReportRequest request, @Context UriInfo uri) {
        ReportIntake.Submission submission = intake.submit(request, idempotencyKey);
        Report report = submission.report();
        SubmissionReceipt receipt = new SubmissionReceipt(report.id, report.trackingCode, report.status);
        return Response.created(uri.getAbsolutePathBuilder().path(report.id.toString()).build()).entity(receipt)
                .header("Idempotent-Replayed", submission.replayed())
                .build();
    }

    @GET
    @Path("/{id}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "A case with its decision and timeline (never the reporter's identity)")
    @APIResponse(responseCode = "404", description = "No such case")
    public ReportView get(@PathParam("id") UUID id) {
        Report report = Report.<Report>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No report " + id));
        return ReportView.of(report, TimelineEntry.of(id));
    }
}
