package id.netral.sanction.recommendation;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters of the recommendation list and its recap, named as in every Netral service ({@code opdCode},
 * {@code electionId}). The names this service used first ({@code opd}, {@code election}) still work for partners
 * written against them, and are marked deprecated in the contract.
 */
public record RecommendationFilter(
        @Parameter(description = "Only the recommendation of this report (case) id") @QueryParam("reportId")
        String reportId,
        @Parameter(description = "Only this OPD, e.g. DISPERKIM") @QueryParam("opdCode") String opdCode,
        @Parameter(description = "Deprecated name of opdCode", deprecated = true) @QueryParam("opd") String opd,
        @Parameter(description = "Only this employee number (NIP or NI PPPK, 18 digits)") @QueryParam("employeeId")
        String employeeId,
        @Parameter(description = "Only this status: OPEN, MANUAL_REVIEW, DECIDED or OVERDUE") @QueryParam("status")
        String status,
        @Parameter(description = "true: only overdue ones; false: none of them") @QueryParam("overdue")
        String overdue,
        @Parameter(description = "Only this election, e.g. PILKADA-2024") @QueryParam("electionId")
        String electionId,
        @Parameter(description = "Deprecated name of electionId", deprecated = true) @QueryParam("election")
        String election) {
}
