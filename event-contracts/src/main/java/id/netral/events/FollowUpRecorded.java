package id.netral.events;

import java.time.Instant;
import java.util.UUID;

/** @param step SUMMONED_AND_EXAMINED, SANCTION_PROPOSED or DECREE_ISSUED */
public record FollowUpRecorded(UUID notificationId, UUID reportId, UUID recommendationId, String opdCode, String step,
                               String note, String recordedBy, Instant recordedAt) {
}
