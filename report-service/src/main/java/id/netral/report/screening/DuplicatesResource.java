package id.netral.report.screening;

import id.netral.events.access.Roles;
import id.netral.kit.paging.Page;
import id.netral.kit.paging.PageParameters;
import id.netral.kit.paging.PageRequest;
import id.netral.report.Report;
import id.netral.report.ReportStatus;
import io.quarkus.panache.common.Parameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The other reports a verifier weighs beside a case: the ones screening linked to it as the same act (same accused,
 * day and kind), and the ones about the same accused in the same election that screening did not link (another day or
 * kind), which may still be the same act told differently.
 */
@Tag(name = "Screening", description = "What screening found about a report")
@Path("/api/v1/reports/{id}/duplicates")
@Produces(MediaType.APPLICATION_JSON)
public class DuplicatesResource {
    /** Of each kind, more than a verifier weighs; a case with more relatives than this is one for the work list. */
    static final int MOST = 50;

    public enum Relation {
        /** This report was merged into that earlier one */
        DUPLICATE_OF,
        /** That later report was merged into this one */
        LINKED,
        /** About the same accused in the same election, not linked by screening */
        SAME_ACCUSED
    }

    @Schema(name = "RelatedReport")
    public record RelatedReport(UUID id, Relation relation, ReportStatus status, Instant submittedAt,
                                String accusedName, String opdCode, LocalDate incidentDate, String suspectedKind) {
        static RelatedReport of(Report report, Relation relation) {
            return new RelatedReport(report.id, relation, report.status, report.submittedAt, report.accused.name,
                    report.accused.opdCode, report.incidentDate, report.suspectedKind);
        }
    }

    /** One page of the reports related to a case. */
    @Schema(name = "RelatedReportPage")
    public static final class RelatedReportPage extends Page<RelatedReport> {
        RelatedReportPage(PageRequest request, List<RelatedReport> all) {
            super(request, all);
        }
    }

    @GET
    @RolesAllowed({Roles.VERIFIER, Roles.AUDITOR})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listDuplicates",
            summary = "The reports screening linked to this one as the same act, and the other reports about the "
                    + "same accused in the same election (possible duplicates); linked ones first, then by submission")
    @APIResponse(responseCode = "200", description = "One page of the related reports (of at most 50 of each "
            + "kind); no rows when there are none",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RelatedReportPage.class)))
    @APIResponse(responseCode = "404", description = "No such report")
    public RelatedReportPage duplicates(@PathParam("id") UUID id, @BeanParam PageParameters paging) {
        PageRequest asked = paging.request();
        Report report = Report.existing(id);
        Map<UUID, RelatedReport> related = new LinkedHashMap<>();
        if (report.duplicateOf != null) {
            Report.<Report>findByIdOptional(report.duplicateOf)
                    .ifPresent(earlier -> related.put(earlier.id, RelatedReport.of(earlier, Relation.DUPLICATE_OF)));
        }
        Report.<Report>find("duplicateOf = ?1 order by submittedAt", id).page(0, MOST).list()
                .forEach(later -> related.putIfAbsent(later.id, RelatedReport.of(later, Relation.LINKED)));
        sameAccused(report).forEach(other -> related.putIfAbsent(other.id,
                RelatedReport.of(other, Relation.SAME_ACCUSED)));
        return new RelatedReportPage(asked, new ArrayList<>(related.values()));
    }

    /** By the employee number when the report has one, else by name and OPD as screening matches them. */
    private static List<Report> sameAccused(Report report) {
        Parameters parameters = Parameters.with("election", report.electionId).and("self", report.id);
        String sameAccused;
        if (report.accused.employeeId != null) {
            sameAccused = "accused.employeeId = :employee";
            parameters = parameters.and("employee", report.accused.employeeId);
        } else {
            sameAccused = "accused.employeeId is null and lower(accused.name) = lower(:name) and accused.opdCode = :opd";
            parameters = parameters.and("name", report.accused.name).and("opd", report.accused.opdCode);
        }
        return Report.<Report>find(sameAccused + " and electionId = :election and id <> :self order by submittedAt",
                parameters).page(0, MOST).list();
    }
}
