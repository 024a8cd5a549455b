package id.netral.report.worklist;

import id.netral.events.access.Roles;
import id.netral.kit.paging.PageParameters;
import id.netral.kit.recap.RecapRow;
import id.netral.kit.recap.Recaps;
import id.netral.kit.security.Caller;
import id.netral.report.ReportStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/**
 * The verifiers' work list over the cases: the list itself, its counts and its recap (the export is
 * WorklistExportResource).
 */
@Tag(name = "Work list", description = "The verifiers' list of cases, its counts, recap and export")
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
public class WorklistResource {
    @Inject
    Worklist worklist;
    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.VERIFIER, Roles.AUDITOR, Roles.PARTNER_APP})
    @Operation(operationId = "listReports",
            summary = "The verifiers' work list: filter by status (repeatable), election, OPD, kecamatan, "
            + "assigned verifier, overdue, submission dates; sort and page. A partner app sees its own reports.")
    @APIResponse(responseCode = "400", description = "A filter is malformed, named in application/problem+json")
    @APIResponse(responseCode = "200", description = "One page of the work list",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Worklist.Page.class)))
    public Worklist.Page list(@BeanParam WorklistFilter filter, @BeanParam WorklistSort sort,
                              @BeanParam PageParameters paging) {
        Worklist.Page page = worklist.list(scoped(WorklistQuery.of(filter, sort, paging)));
        return mayReadAll() ? page : page.withoutAssignees();
    }

    @GET
    @Path("/counts")
    @RolesAllowed({Roles.VERIFIER, Roles.AUDITOR, Roles.PARTNER_APP})
    @Operation(summary = "How many cases are in each status, under the same filters as the work list")
    @APIResponse(responseCode = "200", description = "For each status (the key), how many cases are in it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    additionalProperties = Long.class)))
    @APIResponse(responseCode = "400", description = "A filter is malformed, named in application/problem+json")
    public Map<ReportStatus, Long> counts(@BeanParam WorklistFilter filter) {
        return worklist.countsByStatus(scoped(WorklistQuery.of(filter)));
    }

    @GET
    @Path("/recap")
    @RolesAllowed({Roles.VERIFIER, Roles.AUDITOR, Roles.PARTNER_APP, Roles.PERSONNEL_OFFICER, Roles.PPK})
    @Operation(summary = "How many cases fall on each SKB 2022 kind, OPD, kecamatan, election, status or day of the "
            + "act, under the work list's filters; most first",
            description = "Counts only, never a case: besides verifiers, auditors and partner apps (their own "
                    + "reports), BKPPD officers and the PPK read them for the console's dashboard.")
    @APIResponse(responseCode = "400", description = "by is missing or unknown, or a filter is malformed")
    @APIResponse(responseCode = "200", description = "One row per value of by, with how many reports have it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RecapRow.class, type = SchemaType.ARRAY)))
    public List<RecapRow> recap(
            @Parameter(description = "violationKind, opd, kecamatan, election, status or incidentDate",
                    required = true)
            @QueryParam("by") String by,
            @BeanParam WorklistFilter filter) {
        Worklist.RecapBy recapBy = Recaps.by(Worklist.RecapBy.class, by);
        return worklist.recap(scoped(WorklistQuery.of(filter)), recapBy);
    }

    /** A partner app sees only the reports it submitted. */
    private WorklistQuery scoped(WorklistQuery query) {
        return mayReadAll() ? query : query.submittedBy(caller.clientId());
    }

    private boolean mayReadAll() {
        return caller.hasRole(Roles.VERIFIER) || caller.hasRole(Roles.AUDITOR)
                // they reach only the recap, whose counts cover every case
                || caller.hasRole(Roles.PERSONNEL_OFFICER) || caller.hasRole(Roles.PPK);
    }
}
