package id.netral.notification.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** Which webhook endpoints may be called (see {@link WebhookPolicy}), and how requests to them are signed. */
@ConfigMapping(prefix = "netral.notification.webhook")
public interface WebhookConfig {
    /** Off only in dev and test, where the receiver listens on plain http. */
    @WithDefault("true")
    boolean requireHttps();

    /** Internal addresses or host names that an endpoint may still have; none in production. */
    Optional<Set<String>> allowedInternalHosts();

    /**
     * How long the secret an admin replaces still signs alongside the new one, so that the receiver can switch to the
     * new secret at any moment in that window without refusing a request (Standard Webhooks' zero-downtime rotation).
     * Zero (or less) replaces a secret at once, as after a leak. Not bean-validated: a constraint here would make
     * every hand-made test double of this interface an intercepted bean.
     */
    @WithDefault("3d")
    Duration rotationOverlap();

    /**
     * Whether the headers of Netral's own scheme from before Standard Webhooks (X-Netral-Timestamp, X-Netral-Signature,
     * Idempotency-Key) still go along, for receivers not yet moved over; deprecated, to be switched off once none is.
     */
    @WithDefault("true")
    boolean legacyHeaders();
}
