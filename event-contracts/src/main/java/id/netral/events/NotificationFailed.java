package id.netral.events;

import java.time.Instant;
import java.util.UUID;

/**
 * @param reason   what went wrong in words anyone may read, the same for every failure of one category; never the
 *                 mail server's or the endpoint's own answer, which stays in notification-service for its admins
 * @param category what kind of failure it was, for systems that act on it; absent in events written before it existed
 */
public record NotificationFailed(UUID notificationId, UUID reportId, UUID recommendationId, String recipientRole,
                                 String opdCode, String channel, String reason, Instant failedAt, String category) {
}
