package id.netral.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** @param violationKind the SKB 2022 row the verifier confirmed: E1-E7 (ethics) or D1-D13 (discipline) */
public record ReportVerified(UUID reportId, Instant verifiedAt, String violationKind, Accused accused,
                             String electionId, LocalDate incidentDate) {
}
