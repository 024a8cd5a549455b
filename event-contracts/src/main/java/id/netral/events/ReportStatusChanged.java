package id.netral.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A verification step that carries nothing personal: the verifier's notes, questions and the reporter's answers stay
 * in report-service.
 *
 * @param status ASSIGNED, NEEDS_INFO, INFO_ADDED or NOT_PROVEN
 */
public record ReportStatusChanged(UUID reportId, String status, Instant changedAt) {
}
