package id.netral.kit.inbox;

import io.smallrye.config.ConfigMapping;
import jakarta.validation.constraints.Min;
import org.hibernate.validator.constraints.time.DurationMin;

import java.time.Duration;

/**
 * How a consumed event whose handler fails is retried before it goes to the dead-letter topic
 * ({@code netral.inbound.*}); the shared defaults are in service-kit's META-INF/microprofile-config.properties.
 */
@ConfigMapping(prefix = "netral.inbound")
public interface InboundConfig {
    /** Attempts in all, the first included; 1 gives a failing event to the dead-letter topic without a retry. */
    @Min(1)
    int maxAttempts();

    /** The pause after the first failed attempt; each further pause is twice the one before. */
    @DurationMin(millis = 0)
    Duration firstBackoff();

    /** @param failedAttempt 1 for the pause after the first failure */
    default Duration backoffAfter(int failedAttempt) {
        return firstBackoff().multipliedBy(1L << Math.min(failedAttempt - 1, 30));
    }

    /** @return true when the attempt that just failed was the last one allowed */
    default boolean givesUpAfter(int failedAttempt) {
        return failedAttempt >= maxAttempts();
    }
}
