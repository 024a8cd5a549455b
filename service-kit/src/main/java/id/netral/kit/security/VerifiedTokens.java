package id.netral.kit.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
 * Quarkus asks identity providers in priority order and goes on to the next when one answers null: this one answers
 * from the cache or with null, and OIDC's verifies. What OIDC verified is recorded by the augmentor side, which sees
 * every identity built.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest>, SecurityIdentityAugmentor {
    /** Before OIDC's own provider (priority 0). */
    private static final int BEFORE_OIDC = 100;
    /** The attribute Quarkus OIDC gives an identity with the request it was verified for. */
    private static final String ROUTING_CONTEXT = RoutingContext.class.getName();

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final Clock clock;
    private final VerifiedTokenConfig config;

    @Inject
    VerifiedTokens(VerifiedTokenConfig config) {
        this(config, Clock.systemUTC());
    }

    VerifiedTokens(VerifiedTokenConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return BEFORE_OIDC;
    }

    /** The identity a token was verified as, for this request; null (OIDC verifies) when it is not believed now. */
    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!(request.getToken() instanceof AccessTokenCredential bearer)) {
            return Uni.createFrom().nullItem();
        }
        SecurityIdentity identity = find(bearer.getToken());
        if (identity == null) {
            return Uni.createFrom().nullItem();
        }
        // the identity carries the request it was verified for; this request's takes its place
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        return Uni.createFrom().item(routing == null ? identity
                : QuarkusSecurityIdentity.builder(identity).addAttribute(ROUTING_CONTEXT, routing).build());
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

    private record Verified(SecurityIdentity identity, Instant believedUntil) {
    }
}
