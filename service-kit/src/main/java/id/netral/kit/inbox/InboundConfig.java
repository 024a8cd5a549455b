package id.netral.kit.inbox;

import io.smallrye.config.ConfigMapping;
import jakarta.validation.constraints.Min;
import org.hibernate.validator.constraints.time.DurationMin;

import java.time.Duration;

/**
 * How a consumed event whose handler fails is retried ({@code netral.inbound.*}): a deterministic failure a few times
 * before the event goes to the dead-letter topic, a transient one (database or broker away, lock conflict) for as long
 * as it lasts. The shared defaults are in service-kit's META-INF/microprofile-config.properties.
 */
@ConfigMapping(prefix = "netral.inbound")
public interface InboundConfig {
    /**
     * Attempts in all that fail deterministically, the first included; 1 gives such an event to the dead-letter topic
     * without a retry. Transient failures do not count: they are retried without limit.
     */
    @Min(1)
    int maxAttempts();

    /** The pause after the first failed attempt; each further pause is twice the one before, up to max-backoff. */
    @DurationMin(millis = 0)
    Duration firstBackoff();

    /** The longest pause between two attempts, so that an event waiting out an outage goes on soon after it ends. */
    @DurationMin(millis = 1)
    Duration maxBackoff();

    /**
     * How long an event may wait out a transient failure before the service reports itself not ready (the readiness
     * check names the event and the failure).
     */
    @DurationMin(millis = 1)
    Duration notReadyAfter();

    /** @param failedAttempt 1 for the pause after the first failure */
    default Duration backoffAfter(int failedAttempt) {
        Duration doubled = firstBackoff().multipliedBy(1L << Math.min(failedAttempt - 1, 30));
        return doubled.compareTo(maxBackoff()) > 0 ? maxBackoff() : doubled;
    }

    /** @return true when the attempt that just failed was the last one allowed */
    default boolean givesUpAfter(int failedAttempt) {
        return failedAttempt >= maxAttempts();
    }
}
