package id.netral.notification.tracking;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.netral.notification.FailureCategory;
import id.netral.notification.delivery.Channel;
import id.netral.notification.delivery.DeliveryAttempt;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/**
 * One delivery attempt and its result.
 *
 * @param category what kind of failure it was; absent for a success
 * @param detail   what the mail server or endpoint answered, word for word: shown to admins only
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AttemptView(Channel channel, int attempt, Instant attemptedAt, boolean succeeded,
                          FailureCategory category,
                          @Schema(examples = "550 5.1.1 <kepala.disperkim@kupangkota.example>: Recipient address "
                                  + "rejected")
                          String detail) {
    static AttemptView of(DeliveryAttempt attempt, boolean failureDetail) {
        return new AttemptView(attempt.channel, attempt.attempt, attempt.attemptedAt, attempt.succeeded,
                attempt.category, failureDetail ? attempt.detail : null);
    }
}
