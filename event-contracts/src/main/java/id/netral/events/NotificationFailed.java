package id.netral.events;

import java.time.Instant;
import java.util.UUID;

public record NotificationFailed(UUID notificationId, UUID reportId, UUID recommendationId, String recipientRole,
                                 String opdCode, String channel, String reason, Instant failedAt) {
}
