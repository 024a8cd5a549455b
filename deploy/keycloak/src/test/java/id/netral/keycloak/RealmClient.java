package id.netral.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The realm as its users meet it: a partner app asking for a client-credentials token, a person signing in to the
 * console in a browser (authorization code with PKCE), a service checking a token against the realm's published keys,
 * and provincial IT at the admin REST API.
 */
final class RealmClient {
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    /** The message a Keycloak page shows (an error beside the form, or the page's one sentence). */
    private static final Pattern SHOWN = Pattern.compile(
            "(?s)(?:id=\"input-error[^\"]*\"|class=\"[^\"]*(?:kc-feedback-text|instruction|pf-v5-c-alert__title)[^\"]*\")[^>]*>(.*?)<");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeycloakServer server;
    private final URI realm;
    private final JsonNode discovery;
    private final JwtConsumer verifier;

    RealmClient(KeycloakServer server, String realm) {
        this.server = server;
        this.realm = server.realm(realm);
        this.discovery = new Http().get(URI.create(this.realm + "/.well-known/openid-configuration")).json();
        try {
            JsonWebKeySet keys = new JsonWebKeySet(new Http().get(URI.create(discovery.get("jwks_uri").asText())).body());
            // what quarkus-oidc checks of a bearer token when no audience is configured: signature by a published
            // key, issuer, expiry
            this.verifier = new JwtConsumerBuilder()
                    .setVerificationKeyResolver(new JwksVerificationKeyResolver(keys.getJsonWebKeys()))
                    .setExpectedIssuer(issuer())
                    .setRequireExpirationTime()
                    .setRequireIssuedAt()
                    .setSkipDefaultAudienceValidation()
                    .build();
        } catch (JoseException e) {
            throw new IllegalStateException("the realm's key set does not parse", e);
        }
    }

    String issuer() {
        return discovery.get("issuer").asText();
    }

    URI realmAddress() {
        return realm;
    }

    URI tokenEndpoint() {
        return URI.create(discovery.get("token_endpoint").asText());
    }

    URI authorizationEndpoint() {
        return URI.create(discovery.get("authorization_endpoint").asText());
    }

    /** The claims of a token whose signature, issuer and expiry check out; fails the test otherwise. */
    JwtClaims verify(String token) {
        try {
            return verifier.processToClaims(token);
        } catch (InvalidJwtException e) {
            throw new AssertionError("the realm issued a token a service would refuse: " + e.getMessage(), e);
        }
    }

    /** The client-credentials grant, as a partner app asks for it (client id and secret in HTTP Basic). */
    Http.Response clientCredentials(String clientId, String secret) {
        return new Http().postForm(tokenEndpoint(), Map.of("grant_type", "client_credentials"), clientId, secret);
    }

    // --- a person in a browser -------------------------------------------------------------------------------------

    /** PKCE's verifier and its S256 challenge (RFC 7636). */
    record Pkce(String verifier, String challenge) {
        static Pkce create() {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            try {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
                return new Pkce(verifier, Base64.getUrlEncoder().withoutPadding().encodeToString(hash));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The address a client sends the browser to; {@code pkce} null leaves the challenge out. */
    URI authorizationRequest(String clientId, String redirectUri, Pkce pkce) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("client_id", clientId);
        parameters.put("response_type", "code");
        parameters.put("scope", "openid");
        parameters.put("redirect_uri", redirectUri);
        parameters.put("state", Long.toHexString(RANDOM.nextLong()));
        parameters.put("nonce", Long.toHexString(RANDOM.nextLong()));
        if (pkce != null) {
            parameters.put("code_challenge", pkce.challenge());
            parameters.put("code_challenge_method", "S256");
        }
        return URI.create(authorizationEndpoint() + "?" + Http.encode(parameters));
    }

    /** What a sign-in came to: a code sent back to the client, or what the browser was shown instead. */
    record SignIn(Optional<String> code, int status, String location, String shown) {
        @Override
        public String toString() {
            return code.map(c -> "code").orElse("no code: " + status + " " + location + " " + shown);
        }
    }

    /**
     * Opens the login page in {@code browser} and submits the user name and password: a code when Keycloak sends the
     * browser back to {@code redirectUri} with one, nothing when it shows anything else (the login page again after a
     * wrong password, or on a locked account).
     */
    SignIn signIn(Http browser, String clientId, String redirectUri, Pkce pkce, String username, String password) {
        Http.Response page = browser.get(authorizationRequest(clientId, redirectUri, pkce));
        if (page.status() != 200) {
            throw new AssertionError("no login page for " + clientId + " (" + page.status() + "): " + page.body());
        }
        Matcher action = FORM_ACTION.matcher(page.body());
        if (!action.find()) {
            throw new AssertionError("the login page has no login form: " + page.body());
        }
        Http.Response answer = browser.postForm(URI.create(action.group(1).replace("&amp;", "&")),
                Map.of("username", username, "password", password, "credentialId", ""));
        String location = answer.header("Location");
        if (answer.status() == 302 && location != null && location.startsWith(redirectUri + "?")) {
            return new SignIn(Optional.ofNullable(Http.query(URI.create(location)).get("code")), 302, location, "");
        }
        Matcher message = SHOWN.matcher(answer.body());
        return new SignIn(Optional.empty(), answer.status(), location,
                message.find() ? message.group(1).strip() : answer.body());
    }

    /** The console's back channel: the code and PKCE verifier for tokens, the client authenticated if it has a secret. */
    Http.Response exchangeCode(String clientId, String secret, String redirectUri, String code, Pkce pkce) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        form.put("code_verifier", pkce.verifier());
        if (secret == null) {
            form.put("client_id", clientId);
            return new Http().postForm(tokenEndpoint(), form);
        }
        return new Http().postForm(tokenEndpoint(), form, clientId, secret);
    }

    // --- provincial IT at the admin REST API -----------------------------------------------------------------------

    /** An access token of the bootstrap administrator (master realm tokens live a minute: one per call). */
    private String adminToken() {
        Http.Response response = new Http().postForm(server.base().resolve("/realms/master/protocol/openid-connect/token"),
                Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin",
                        "password", server.adminPassword()));
        if (response.status() != 200) {
            throw new IllegalStateException("admin sign-in refused (" + response.status() + "): " + response.body());
        }
        return response.json().get("access_token").asText();
    }

    URI admin(String path) {
        return server.base().resolve("/admin/realms/" + realm.getPath().substring("/realms/".length()) + path);
    }

    Http.Response adminGet(String path) {
        return new Http().get(admin(path), adminToken());
    }

    Http.Response adminSend(String method, String path, Object body) {
        return new Http().sendJson(method, admin(path), body, adminToken());
    }

    JsonNode client(String clientId) {
        JsonNode clients = adminGet("/clients?clientId=" + clientId).json();
        if (clients.size() != 1) {
            throw new AssertionError("no client " + clientId + " in the realm");
        }
        return clients.get(0);
    }

    /** The secret Keycloak generated for a confidential client on import, as provincial IT reads it. */
    String clientSecret(String clientId) {
        return adminGet("/clients/" + client(clientId).get("id").asText() + "/client-secret").json().get("value").asText();
    }

    /** Creates a person the way provincial IT does, with a password and realm roles; returns the user's id. */
    String createUser(Map<String, Object> user, String password, List<String> roles) {
        Map<String, Object> representation = new LinkedHashMap<>(user);
        representation.put("enabled", true);
        representation.put("emailVerified", true);
        representation.put("credentials", List.of(Map.of("type", "password", "value", password, "temporary", false)));
        Http.Response created = adminSend("POST", "/users", representation);
        if (created.status() != 201) {
            throw new AssertionError("user not created (" + created.status() + "): " + created.body());
        }
        String location = created.header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        List<JsonNode> roleRepresentations = roles.stream().map(role -> adminGet("/roles/" + role).json()).toList();
        Http.Response granted = adminSend("POST", "/users/" + id + "/role-mappings/realm", roleRepresentations);
        if (granted.status() != 204) {
            throw new AssertionError("roles not granted (" + granted.status() + "): " + granted.body());
        }
        return id;
    }
}
