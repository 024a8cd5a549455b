package id.netral.notification.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/** When a notice is tried again after a failed attempt, and when the worker gives up on it. */
@ApplicationScoped
public class RetrySchedule {
    @Inject
    DeliveryConfig config;

    public boolean exhausted(int attempts) {
        return attempts >= config.maxAttempts();
    }

    /**
     * Doubles the wait after every failed attempt, up to the maximum: a server that is down gets air. Up to a quarter
     * more at random (jitter), so that notices that failed together, when a server went down, do not all come back
     * at the same moment.
     */
    public Instant nextAttempt(int failedAttempts, Instant now) {
        Duration maxBackoff = config.maxBackoff();
        Duration wait = config.firstBackoff();
        for (int attempt = 1; attempt < failedAttempts && wait.compareTo(maxBackoff) < 0; attempt++) {
            wait = wait.multipliedBy(2);
        }
        Duration capped = wait.compareTo(maxBackoff) < 0 ? wait : maxBackoff;
        long jitterMillis = ThreadLocalRandom.current().nextLong(capped.toMillis() / 4 + 1);
        return now.plus(capped).plusMillis(jitterMillis);
    }

    /** Until when a claimed notice belongs to the worker that is sending it. */
    public Instant leaseEnd(Instant now) {
        return now.plus(config.lease());
    }
}
