package id.netral.events;

import java.time.Instant;
import java.util.UUID;

public record NotificationDelivered(UUID notificationId, UUID reportId, UUID recommendationId, String recipientRole,
                                    String opdCode, String channel, Instant deliveredAt) {
}
