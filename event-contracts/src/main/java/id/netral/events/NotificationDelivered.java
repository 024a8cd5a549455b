package id.netral.events;

import java.time.Instant;
import java.util.UUID;

/** @param kind NOTICE (the first), REMINDER (no acknowledgement yet) or ESCALATION (the PPK's deadline passed) */
public record NotificationDelivered(UUID notificationId, UUID reportId, UUID recommendationId, String recipientRole,
                                    String opdCode, String channel, Instant deliveredAt, String kind) {
}
