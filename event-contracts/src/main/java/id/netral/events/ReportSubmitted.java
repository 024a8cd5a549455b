package id.netral.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A report came in (id.netral.report.submitted.v2). Nothing identifies the accused: a submission is an allegation, and
 * most are never proven, while the topic keeps its records for good. The accused's name and NIP travel only once a
 * verifier confirmed the violation ({@link ReportVerified}); until then the OPD and the kind of employment are enough
 * to count reports per office and per kind of civil servant.
 *
 * @param opdCode        the accused's OPD
 * @param employmentType PNS, PPPK or NON_ASN
 */
public record ReportSubmitted(UUID reportId, Instant submittedAt, String opdCode, EmploymentType employmentType,
                              String electionId, LocalDate incidentDate, LocalDate knownDate, String kelurahanCode,
                              String suspectedKind) {
}
