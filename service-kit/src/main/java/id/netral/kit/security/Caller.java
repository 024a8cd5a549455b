package id.netral.kit.security;

import id.netral.events.access.Roles;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.Set;

/** Who is calling, as the verified bearer token says, and from where. */
@RequestScoped
public class Caller {
    /** Token claim naming the OPD an opd-head token is bound to. */
    public static final String OPD_CLAIM = "opd";

    @Inject
    SecurityIdentity identity;
    @Inject
    JsonWebToken token;
    @Inject
    HttpServerRequest request;

    /** The token's subject: a person, or the service account of a partner app. */
    public String subject() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /**
     * The OAuth client the token was issued to ({@code azp}, or {@code client_id} in client-credentials tokens of
     * some providers); what ties a report to the partner app that submitted it.
     */
    public String clientId() {
        return claim("azp").or(() -> claim("client_id")).orElse(subject());
    }

    /**
     * The OPD an opd-head token is bound to; empty for every other role, and for a token whose claim is empty or
     * blank, which binds its holder to no OPD at all.
     */
    public Optional<String> opd() {
        return claim(OPD_CLAIM).map(String::strip).filter(code -> !code.isEmpty());
    }

    /**
     * An OPD head reads only the cases of the OPD their token names, and nothing when it names none (no claim, no
     * access); every other role allowed on the endpoint reads all of them.
     */
    public boolean mayReadCaseOf(String opdCode) {
        if (!hasRole(Roles.OPD_HEAD) || hasRole(Roles.PERSONNEL_OFFICER) || hasRole(Roles.PPK)
                || hasRole(Roles.AUDITOR) || hasRole(Roles.ADMIN)) {
            return true;
        }
        return opdCode != null && opd().map(opdCode::equals).orElse(false);
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    /** The client's address; behind the cluster's ingress this is the forwarded address when configured to trust it. */
    public String address() {
        return addressOf(request);
    }

    /** The same, for an HTTP filter that runs before a caller exists. */
    public static String addressOf(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }

    private Optional<String> claim(String name) {
        if (identity.isAnonymous() || token == null || token.getRawToken() == null) {
            return Optional.empty();
        }
        Object value = token.getClaim(name);
        return value == null ? Optional.empty() : Optional.of(value.toString().replace("\"", ""));
    }
}
