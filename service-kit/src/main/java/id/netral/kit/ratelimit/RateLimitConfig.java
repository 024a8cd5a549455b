package id.netral.kit.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;
import jakarta.validation.constraints.Min;

import java.util.Map;

/**
 * The request limits ({@code netral.rate-limit.*}): each named limit is set as
 * {@code netral.rate-limit.NAME.per-minute}, e.g. {@code netral.rate-limit.tracking-per-address.per-minute=30}.
 * A limit is named in a properties file; an environment variable (NETRAL_RATE_LIMIT_NAME_PER_MINUTE) overrides it
 * there but cannot introduce one, since its underscores do not tell where the name ends.
 */
@ConfigMapping(prefix = "netral.rate-limit")
public interface RateLimitConfig {
    /** Off only where a load test must not be throttled. */
    @WithDefault("true")
    boolean enabled();

    /** The limits by name. */
    @WithParentName
    Map<String, Limit> limits();

    interface Limit {
        /** Requests a key may make in a minute; it may make them all at once, then one every 60/N seconds. */
        @Min(1)
        int perMinute();
    }
}
