package id.netral.notification.delivery;

import io.smallrye.config.ConfigMapping;
import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMin;

import java.time.Duration;

/**
 * How the delivery worker retries: a failed delivery is tried again after the first back-off, the wait doubling up to
 * the maximum, and given up (FAILED) after the maximum number of attempts. A wrong value stops the service at start.
 */
@ConfigMapping(prefix = "netral.notification.delivery")
public interface DeliveryConfig {
    /** How often the worker looks for deliveries that are due; the scheduler reads the key itself. */
    @DurationMin(millis = 1)
    Duration pollInterval();

    @Positive
    int maxAttempts();

    /** How many deliveries of one channel this replica sends at the same time. */
    @Positive
    int concurrency();

    @DurationMin(millis = 1)
    Duration firstBackoff();

    @DurationMin(millis = 1)
    Duration maxBackoff();

    /**
     * How long a worker holds a delivery it is sending. Longer than the blocking mailer's timeout
     * (quarkus.mailer.timeout), so that no other worker takes a notice over while its mail may still be on the way.
     */
    @DurationMin(millis = 1)
    Duration lease();
}
