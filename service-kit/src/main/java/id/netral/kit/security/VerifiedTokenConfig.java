package id.netral.kit.security;

import io.smallrye.config.ConfigMapping;
import jakarta.validation.constraints.Min;

import java.time.Duration;

/**
 * How long a bearer token, once verified, is believed without verifying its signature again. A wrong value stops the
 * service at start.
 */
@ConfigMapping(prefix = "netral.security.verified-tokens")
public interface VerifiedTokenConfig {
    /**
     * The longest a verified token is believed before it is verified again, however far off its expiry is: how long a
     * key withdrawn from the identity provider's key set goes on being honoured for tokens it signed. 0 turns the
     * cache off.
     */
    Duration maxAge();

    /** How many verified tokens are kept; beyond it a token is verified on every request until room is made. */
    @Min(0)
    int maxEntries();
}
