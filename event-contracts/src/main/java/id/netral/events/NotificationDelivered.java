package id.netral.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A notice reached a recipient (id.netral.notification.delivered.v2).
 *
 * @param kind NOTICE (the first), REMINDER (no acknowledgement yet), ESCALATION (the PPK's deadline passed), REVISION
 *             (BKPPD revised the recommendation), BODY_RESULT (KASN's or BKN's result arrived), STEP_REMINDER (a step
 *             of the procedure is past its day) or STEP_ESCALATION (that step is still missing after its reminder)
 */
public record NotificationDelivered(UUID notificationId, UUID reportId, UUID recommendationId, String recipientRole,
                                    String opdCode, String channel, Instant deliveredAt, String kind) {
}
