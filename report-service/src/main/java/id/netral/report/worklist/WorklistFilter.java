package id.netral.report.worklist;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.List;

/** The work list's filters, the same on every work-list endpoint (list, counts, recap, export). */
public record WorklistFilter(
        @Parameter(description = "Only cases in this status; repeat it for several (ignored by the counts, which "
                + "count every status)", example = "REGISTERED")
        @QueryParam("status") List<String> status,
        @Parameter(description = "Only this election, e.g. PILKADA-2024") @QueryParam("electionId") String electionId,
        @Parameter(description = "Only cases about staff of this OPD, e.g. DISPERKIM") @QueryParam("opdCode")
        String opdCode,
        @Parameter(description = "Only acts in this kecamatan (Kemendagri code)") @QueryParam("kecamatanCode")
        String kecamatanCode,
        @Parameter(description = "true: only cases whose decision is past its due day") @QueryParam("overdue")
        Boolean overdue,
        @Parameter(description = "Submitted on or after this day (YYYY-MM-DD, Kupang time)") @QueryParam("from")
        String from,
        @Parameter(description = "Submitted on or before this day (YYYY-MM-DD, Kupang time)") @QueryParam("to")
        String to,
        @Parameter(description = "Only cases assigned to this verifier (token subject)") @QueryParam("assignedTo")
        String assignedTo) {
}
