package id.netral.kit.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Answers a bearer token's request from {@link VerifiedTokens} when it is believed there, before OIDC verifies it. */
@ApplicationScoped
public class VerifiedTokenIdentities implements IdentityProvider<TokenAuthenticationRequest> {
    /** Before OIDC's own provider, which keeps the interface's default (1001, above SYSTEM_FIRST). */
    private static final int BEFORE_OIDC = 2000;
    /** The attribute Quarkus OIDC gives an identity with the request it was verified for. */
    private static final String ROUTING_CONTEXT = RoutingContext.class.getName();

    @Inject
    VerifiedTokens verifiedTokens;

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return BEFORE_OIDC;
    }

    /** The identity the token was verified as, for this request; null (OIDC verifies) when it is not believed now. */
    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!(request.getToken() instanceof AccessTokenCredential bearer)) {
            return Uni.createFrom().nullItem();
        }
        SecurityIdentity identity = verifiedTokens.believe(bearer.getToken());
        if (identity == null) {
            return Uni.createFrom().nullItem();
        }
        // the identity carries the request it was verified for; this request's takes its place
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        return Uni.createFrom().item(routing == null ? identity
                : QuarkusSecurityIdentity.builder(identity).addAttribute(ROUTING_CONTEXT, routing).build());
    }
}
