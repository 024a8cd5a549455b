package id.netral.report.intake;

import id.netral.kit.audit.AuditLog;
import id.netral.kit.problem.ProblemException;
import id.netral.kit.ratelimit.RateLimits;
import id.netral.kit.security.Caller;
import id.netral.kit.security.Roles;
import id.netral.report.Report;
import id.netral.report.ReportStatus;
import id.netral.report.TimelineEntry;
import id.netral.kit.recap.RecapRow;
import id.netral.kit.recap.Recaps;
import id.netral.report.worklist.Worklist;
import id.netral.report.worklist.WorklistCsv;
import id.netral.report.worklist.WorklistQuery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportResource {
    private static final int EXPORT_LIMIT = 10_000;
    @Inject
    ReportIntake intake;
    @Inject
    Caller caller;
    @Inject
    RateLimits rateLimits;
    @Inject
    AuditLog audit;
    @Inject
    Worklist worklist;

    @POST
    @RolesAllowed(Roles.PARTNER_APP)
    @Operation(summary = "Submit a report that a civil servant broke election neutrality")
    @APIResponse(responseCode = "201", description = "Case opened; a retry with the same Idempotency-Key and body "
            + "gets the first answer again, with Idempotent-Replayed: true")
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
    @RolesAllowed({Roles.VERIFIER, Roles.AUDITOR, Roles.PARTNER_APP})
    @Operation(summary = "The verifiers' work list: filter by status (repeatable), election, OPD, kecamatan, "
            + "assigned verifier, overdue, submission dates; sort and page. A partner app sees its own reports.")
    @APIResponse(responseCode = "400", description = "A filter is malformed, named in application/problem+json")
    public Worklist.Page list(@QueryParam("status") List<String> status, @QueryParam("electionId") String electionId,
                              @QueryParam("opdCode") String opdCode, @QueryParam("kecamatanCode") String kecamatanCode,
                              @QueryParam("overdue") Boolean overdue, @QueryParam("from") String from,
                              @QueryParam("to") String to, @QueryParam("assignedTo") String assignedTo,
                              @Parameter(description = "submittedAt, decisionDue, incidentDate or status, with ,asc "
                                      + "or ,desc", example = "decisionDue,asc") @QueryParam("sort") String sort,
                              @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return worklist.list(scoped(WorklistQuery.of(status, electionId, opdCode, kecamatanCode, overdue, from, to,
                assignedTo, sort, page, size)));
    }

    @GET
    @Path("/counts")
    @RolesAllowed({Roles.VERIFIER, Roles.AUDITOR, Roles.PARTNER_APP})
    @Operation(summary = "How many cases are in each status, under the same filters as the work list")
    public Map<ReportStatus, Long> counts(@QueryParam("electionId") String electionId,
                                          @QueryParam("opdCode") String opdCode,
                                          @QueryParam("kecamatanCode") String kecamatanCode,
                                          @QueryParam("overdue") Boolean overdue, @QueryParam("from") String from,
                                          @QueryParam("to") String to, @QueryParam("assignedTo") String assignedTo) {
        return worklist.countsByStatus(scoped(WorklistQuery.of(List.of(), electionId, opdCode, kecamatanCode,
                overdue, from, to, assignedTo, null, null, null)));
    }

    @GET
    @Path("/recap")
    @RolesAllowed({Roles.VERIFIER, Roles.AUDITOR, Roles.PARTNER_APP})
    @Operation(summary = "How many cases fall on each SKB 2022 kind, OPD, kecamatan, election or status, under the "
            + "work list's filters; most first")
    @APIResponse(responseCode = "400", description = "by is missing or unknown, or a filter is malformed")
    public List<RecapRow> recap(
            @Parameter(description = "violationKind, opd, kecamatan, election or status", required = true)
            @QueryParam("by") String by,
            @QueryParam("status") List<String> status, @QueryParam("electionId") String electionId,
            @QueryParam("opdCode") String opdCode, @QueryParam("kecamatanCode") String kecamatanCode,
            @QueryParam("overdue") Boolean overdue, @QueryParam("from") String from, @QueryParam("to") String to) {
        Worklist.RecapBy recapBy = Recaps.by(Worklist.RecapBy.class, by);
        return worklist.recap(scoped(WorklistQuery.of(status, electionId, opdCode, kecamatanCode, overdue, from, to,
                null, null, null, null)), recapBy);
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @RolesAllowed({Roles.VERIFIER, Roles.AUDITOR})
    @Operation(summary = "The work list under its filters as CSV, oldest first, at most " + EXPORT_LIMIT
            + " rows; never the reporter, nor the tracking code")
    @APIResponse(responseCode = "400", description = "A filter is malformed, named in application/problem+json")
    public Response export(@QueryParam("status") List<String> status, @QueryParam("electionId") String electionId,
                           @QueryParam("opdCode") String opdCode, @QueryParam("kecamatanCode") String kecamatanCode,
                           @QueryParam("overdue") Boolean overdue, @QueryParam("from") String from,
                           @QueryParam("to") String to, @QueryParam("assignedTo") String assignedTo) {
        List<Worklist.Item> items = worklist.all(WorklistQuery.of(status, electionId, opdCode, kecamatanCode, overdue,
                from, to, assignedTo, null, null, null), EXPORT_LIMIT);
        audit.record("report.exported", "report-list", items.size() + " reports");
        return Response.ok(WorklistCsv.of(items), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"netral-reports.csv\"")
                .header("X-Total-Count", items.size())
                .build();
    }

    private WorklistQuery scoped(WorklistQuery query) {
        return caller.hasRole(Roles.VERIFIER) || caller.hasRole(Roles.AUDITOR) ? query
                : query.submittedBy(caller.clientId());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTNER_APP, Roles.VERIFIER, Roles.AUDITOR})
    @Transactional
    @Operation(summary = "A case with its decision and timeline (never the reporter's identity); a partner app "
            + "reads only the reports it submitted")
    @APIResponse(responseCode = "404", description = "No such case, or not one this partner app submitted")
    public ReportView get(@PathParam("id") UUID id) {
        Report report = Report.<Report>findByIdOptional(id)
                .filter(r -> r.readableBy(caller)) // another app's report answers 404, like a missing one
                .orElseThrow(() -> ProblemException.notFound("No report " + id));
        audit.record("report.read", "report", id);
        return ReportView.of(report, TimelineEntry.of(id));
    }
}
