package id.netral.report.screening;

import id.netral.report.ReportStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * @param outcome     REGISTERED, NOT_REGISTERED or DUPLICATE
 * @param reasons     each requirement the report does not meet, in words the reporter and verifier read
 * @param duplicateOf the earlier report of the same act, for a DUPLICATE
 * @param decisionDue the day by which a verifier must decide, for a REGISTERED report
 */
public record ScreeningResult(ReportStatus outcome, List<String> reasons, UUID duplicateOf, LocalDate decisionDue) {
}
