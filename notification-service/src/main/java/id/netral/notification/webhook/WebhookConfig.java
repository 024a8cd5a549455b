package id.netral.notification.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;
import java.util.Set;

/** Which webhook endpoints may be called (see {@link WebhookPolicy}). */
@ConfigMapping(prefix = "netral.notification.webhook")
public interface WebhookConfig {
    /** Off only in dev and test, where the receiver listens on plain http. */
    @WithDefault("true")
    boolean requireHttps();

    /** Internal addresses or host names that an endpoint may still have; none in production. */
    Optional<Set<String>> allowedInternalHosts();
}
