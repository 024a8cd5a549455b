package id.netral.events;

import java.time.Instant;
import java.util.UUID;

/**
 * @param kind NOTICE (the first), REMINDER (no acknowledgement yet), ESCALATION (the PPK's deadline passed) or
 *             REVISION (BKPPD revised the recommendation)
 */
public record NotificationDelivered(UUID notificationId, UUID reportId, UUID recommendationId, String recipientRole,
                                    String opdCode, String channel, Instant deliveredAt, String kind) {
}
