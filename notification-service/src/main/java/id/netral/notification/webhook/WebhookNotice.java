package id.netral.notification.webhook;

import java.time.Instant;
import java.util.UUID;

/**
 * The JSON a webhook endpoint receives: the notice as written for its recipient, with the ids to answer about it.
 * Built from the stored notice, which was written from the recommendation only: nothing about the reporter.
 */
public record WebhookNotice(UUID deliveryId, UUID notificationId, UUID reportId, UUID recommendationId,
                            String recipientRole, String opdCode, String subject, String body, Instant createdAt) {
}
