package id.netral.kit.security;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bearer tokens this service has verified, believed again until they expire (or {@link VerifiedTokenConfig#maxAge()}
 * passes) without checking their signature and claims once more. A partner app or the console sends the same token
 * with every request until it expires, and verifying it took about a tenth of the CPU of a report submission.
 * <p>
 * Nothing is believed that the identity provider's own check would refuse: a token is verified locally, with no call
 * to the provider that could revoke it, so a cached verdict is the verdict that check would give again until the
 * token's {@code exp}; only a key withdrawn from the provider's key set is honoured up to max-age longer. The whole
 * token is the key, so a token that differs in one character (another signature, a changed claim) is verified anew.
 * <p>
 * Quarkus asks identity providers in priority order and goes on to the next when one answers null:
 * {@link VerifiedTokenIdentities} answers from here or with null, and OIDC's verifies. What OIDC verified is recorded
 * here, as an augmentor, which sees every identity built.
 */
@ApplicationScoped
public class VerifiedTokens implements SecurityIdentityAugmentor {

    private static final Duration SWEEP_INTERVAL = Duration.ofSeconds(1);

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private volatile Instant nextSweep = Instant.MIN;
    private final AtomicLong believed = new AtomicLong();
    private final AtomicLong verifiedAnew = new AtomicLong();
    private final Clock clock;
    private final VerifiedTokenConfig config;

    @Inject
    VerifiedTokens(VerifiedTokenConfig config, MeterRegistry registry) {
        this(config, Clock.systemUTC());
        // how often a request's token was believed from the cache, and how often it went to verification
        FunctionCounter.builder("netral.verified.tokens", believed, AtomicLong::get).tag("outcome", "believed")
                .description("Bearer tokens believed as verified earlier, or verified anew").register(registry);
        FunctionCounter.builder("netral.verified.tokens", verifiedAnew, AtomicLong::get).tag("outcome", "verified")
                .description("Bearer tokens believed as verified earlier, or verified anew").register(registry);
    }

    VerifiedTokens(VerifiedTokenConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /**
     * The identity a bearer token was verified as, if it is believed now; null when it must be verified (counted
     * either way).
     */
    SecurityIdentity believe(String token) {
        SecurityIdentity identity = find(token);
        (identity == null ? verifiedAnew : believed).incrementAndGet();
        return identity;
    }

    /** Records an identity OIDC built from a verified bearer token; every identity, as built, passes through here. */
    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        remember(identity);
        return Uni.createFrom().item(identity);
    }

    SecurityIdentity find(String token) {
        Verified entry = verified.get(token);
        if (entry == null) {
            return null;
        }
        if (!clock.instant().isBefore(entry.believedUntil())) {
            verified.remove(token, entry);
            return null;
        }
        return entry.identity();
    }

    void remember(SecurityIdentity identity) {
        if (config.maxAge().isZero() || identity.isAnonymous()
                || identity.getCredential(IdTokenCredential.class) != null
                || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            // a signed-in browser's identity (code flow) is the console's session, not a bearer token
            return;
        }
        AccessTokenCredential bearer = identity.getCredential(AccessTokenCredential.class);
        if (bearer == null || verified.containsKey(bearer.getToken())) {
            return;
        }
        Instant now = clock.instant();
        Instant expiry = Instant.ofEpochSecond(token.getExpirationTime());
        Instant believedUntil = expiry.isBefore(now.plus(config.maxAge())) ? expiry : now.plus(config.maxAge());
        if (!now.isBefore(believedUntil)) {
            return;
        }
        if (verified.size() >= config.maxEntries()) {
            // a full cache of live tokens is swept at most once a second, not on every new token's request
            if (now.isBefore(nextSweep)) {
                return;
            }
            nextSweep = now.plus(SWEEP_INTERVAL);
            verified.values().removeIf(entry -> !now.isBefore(entry.believedUntil()));
            if (verified.size() >= config.maxEntries()) {
                return;
            }
        }
        verified.put(bearer.getToken(), new Verified(identity, believedUntil));
    }

    int size() {
        return verified.size();
    }

    /** Requests whose token was believed from the cache. */
    long believed() {
        return believed.get();
    }

    private record Verified(SecurityIdentity identity, Instant believedUntil) {
    }
}
