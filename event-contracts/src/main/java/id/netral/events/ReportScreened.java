package id.netral.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** @param outcome REGISTERED, NOT_REGISTERED or DUPLICATE */
public record ReportScreened(UUID reportId, String outcome, List<String> reasons, UUID duplicateOf,
                             LocalDate decisionDue, Instant screenedAt) {
}
