package id.netral.notification.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.UUID;

/**
 * The JSON a webhook endpoint receives: the notice as written for its recipient, with the ids to answer about it.
 * Built from the stored notice, which was written from the recommendation only: nothing about the reporter. Its
 * published shape is META-INF/resources/webhooks/notice.v2.schema.json, served at /webhooks/notice.v2.schema.json; a field
 * added here is added there, or the schema test fails.
 *
 * @param kind                the kind of letter ({@link id.netral.notification.NotificationKind}), so that a receiver
 *                            need not read the subject
 * @param acknowledgementLink the signed one-time link to acknowledge by, when the notice goes by webhook only (it is
 *                            otherwise in the e-mail); absent for other notices
 */
public record WebhookNotice(UUID deliveryId, UUID notificationId, UUID reportId, UUID recommendationId,
                            String recipientRole, String kind, String opdCode, String subject, String body,
                            Instant createdAt,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String acknowledgementLink) {
}
