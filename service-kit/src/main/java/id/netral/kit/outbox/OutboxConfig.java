package id.netral.kit.outbox;

import io.smallrye.config.ConfigMapping;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.hibernate.validator.constraints.time.DurationMin;

import java.time.Duration;

/**
 * The outbox relay's settings ({@code netral.outbox.*}); the shared defaults are in service-kit's
 * META-INF/microprofile-config.properties. A wrong value stops the service at start, naming the key.
 *
 * <p>The three intervals are text, not durations: the scheduler reads them itself ({@code @Scheduled(every = ...)}),
 * takes {@code off} as well as a duration such as {@code 15s}, and refuses an unparsable one at start, naming the key.
 */
@ConfigMapping(prefix = "netral.outbox")
public interface OutboxConfig {
    /** Kafka compression of the relay's producer; zstd is refused because zstd-jni of the pinned platform has CVEs. */
    @Pattern(regexp = "(?i)none|gzip|snappy|lz4",
            message = "must be none, gzip, snappy or lz4 (zstd is refused: zstd-jni of the pinned platform has known "
                    + "memory-safety CVEs)")
    String compression();

    /** Events published in one transaction; the relay goes round again while a batch comes back full. */
    @Min(1)
    int batchSize();

    /** How long published events stay in the outbox for investigation. */
    @DurationMin(millis = 0)
    Duration retention();

    /** How often the relay looks for events no commit handed it (after a crash or a broker outage). */
    String pollInterval();

    /** How often published events past the retention are removed. */
    String purgeInterval();

    /** How often the backlog gauges (netral_outbox_pending_events, ..._oldest_pending_age_seconds) are measured. */
    String backlogInterval();
}
