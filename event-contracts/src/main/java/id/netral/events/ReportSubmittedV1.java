package id.netral.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The retired id.netral.report.submitted.v1, kept only so that its records still on the topic can be read. It named
 * the accused of every submission, proven or not; {@link ReportSubmitted} replaces it.
 *
 * @deprecated read only; never written (the producer's check refuses a retired type)
 */
@Deprecated
public record ReportSubmittedV1(UUID reportId, Instant submittedAt, Accused accused, String electionId,
                                LocalDate incidentDate, LocalDate knownDate, String kelurahanCode,
                                String suspectedKind) {
}
