package id.netral.events;

import java.time.Instant;
import java.util.UUID;

public record NotificationAcknowledged(UUID notificationId, UUID reportId, UUID recommendationId, String opdCode,
                                       String acknowledgedBy, Instant acknowledgedAt) {
}
