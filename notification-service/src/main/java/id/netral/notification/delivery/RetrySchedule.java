package id.netral.notification.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/** When a notice is tried again after a failed attempt, and when the worker gives up on it. */
@ApplicationScoped
public class RetrySchedule {
    @ConfigProperty(name = "netral.notification.delivery.max-attempts")
    int maxAttempts;

    @ConfigProperty(name = "netral.notification.delivery.first-backoff")
    Duration firstBackoff;

    @ConfigProperty(name = "netral.notification.delivery.max-backoff")
    Duration maxBackoff;

    // Longer than the blocking mailer's timeout (quarkus.mailer.timeout), so that no other worker takes a notice
    // over while its mail may still be on the way.
    @ConfigProperty(name = "netral.notification.delivery.lease")
    Duration lease;

    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }

    /**
     * Doubles the wait after every failed attempt, up to the maximum: a server that is down gets air. Up to a quarter
     * more at random (jitter), so that notices that failed together, when a server went down, do not all come back
     * at the same moment.
     */
    public Instant nextAttempt(int failedAttempts, Instant now) {
        Duration wait = firstBackoff;
        for (int attempt = 1; attempt < failedAttempts && wait.compareTo(maxBackoff) < 0; attempt++) {
            wait = wait.multipliedBy(2);
        }
        Duration capped = wait.compareTo(maxBackoff) < 0 ? wait : maxBackoff;
        long jitterMillis = ThreadLocalRandom.current().nextLong(capped.toMillis() / 4 + 1);
        return now.plus(capped).plusMillis(jitterMillis);
    }

    /** Until when a claimed notice belongs to the worker that is sending it. */
    public Instant leaseEnd(Instant now) {
        return now.plus(lease);
    }
}
