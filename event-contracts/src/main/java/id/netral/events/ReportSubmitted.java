package id.netral.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record ReportSubmitted(UUID reportId, Instant submittedAt, Accused accused, String electionId,
                              LocalDate incidentDate, LocalDate knownDate, String kelurahanCode, String suspectedKind) {
}
