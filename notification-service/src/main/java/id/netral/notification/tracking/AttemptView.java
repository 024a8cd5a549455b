package id.netral.notification.tracking;

import id.netral.notification.delivery.Channel;
import id.netral.notification.delivery.DeliveryAttempt;

import java.time.Instant;

/** One delivery attempt and its result. */
public record AttemptView(Channel channel, int attempt, Instant attemptedAt, boolean succeeded, String detail) {
    static AttemptView of(DeliveryAttempt attempt) {
        return new AttemptView(attempt.channel, attempt.attempt, attempt.attemptedAt, attempt.succeeded,
                attempt.detail);
    }
}
