package id.netral.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The retired id.netral.notification.delivered.v1, kept only so that its records still on the topic can be read. Its
 * kind knew four kinds of letter, so notification-service told a body's result as a REVISION and the chasing of an
 * overdue step as a REMINDER or ESCALATION; {@link NotificationDelivered} names each kind.
 *
 * @param kind NOTICE, REMINDER, ESCALATION or REVISION; absent (a first notice) in events written before it existed
 * @deprecated read only; never written (the producer's check refuses a retired type)
 */
@Deprecated
public record NotificationDeliveredV1(UUID notificationId, UUID reportId, UUID recommendationId, String recipientRole,
                                      String opdCode, String channel, Instant deliveredAt, String kind) {
    /**
     * The same delivery as the written version reads it: a kind absent from an early event was a first notice. A v1
     * REVISION, REMINDER or ESCALATION stays what it said, since nothing in the record tells a body's result or a
     * step's chasing apart from them.
     */
    public NotificationDelivered upgraded() {
        return new NotificationDelivered(notificationId, reportId, recommendationId, recipientRole, opdCode, channel,
                deliveredAt, kind == null ? "NOTICE" : kind);
    }
}
