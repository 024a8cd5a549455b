package id.netral.infra;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A development identity provider: an RSA key pair that signs bearer tokens the way the province's OIDC provider
 * would (issuer, subject, {@code azp} client, {@code groups} roles, {@code opd} for OPD heads). The services check
 * them with the public key ({@code quarkus.oidc.public-key}). For tests and the local run only; production
 * configures {@code quarkus.oidc.auth-server-url}.
 */
public final class DevIdentityProvider {
    public static final String ISSUER = "https://netral.local/dev-identity-provider";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KeyPair keys;

    private DevIdentityProvider(KeyPair keys) {
        this.keys = keys;
    }

    public static DevIdentityProvider generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new DevIdentityProvider(generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a signing key", e);
        }
    }

    /** Keeps the signing key in the file so tokens stay valid across restarts of the local run. */
    public static DevIdentityProvider loadOrCreate(Path keyFile) {
        try {
            if (Files.exists(keyFile)) {
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(
                        Base64.getDecoder().decode(Files.readString(keyFile).strip())));
                RSAPrivateCrtKey crt = (RSAPrivateCrtKey) privateKey;
                PublicKey publicKey = rsa.generatePublic(new RSAPublicKeySpec(crt.getModulus(),
                        crt.getPublicExponent()));
                return new DevIdentityProvider(new KeyPair(publicKey, privateKey));
            }
            DevIdentityProvider created = generate();
            Files.createDirectories(keyFile.getParent());
            Files.writeString(keyFile, Base64.getEncoder().encodeToString(created.keys.getPrivate().getEncoded()));
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the signing key " + keyFile, e);
        }
    }

    /** The verification key in the form {@code quarkus.oidc.public-key} takes. */
    public String publicKey() {
        return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    /** The configuration a service needs to accept this provider's tokens. */
    public Map<String, String> serviceConfig() {
        return Map.of("quarkus.oidc.public-key", publicKey(), "quarkus.oidc.token.issuer", ISSUER);
    }

    /** A token for a person or app in one role. */
    public String token(String role) {
        return sign(claims(role + "-user", "netral-console", role), Instant.now(), Duration.ofHours(12));
    }

    /** A token for a person or app in one role that expires after {@code lifetime}, for tests of what expiry does. */
    public String token(String role, Duration lifetime) {
        return sign(claims(role + "-user", "netral-console", role), Instant.now(), lifetime);
    }

    /** A partner app's client-credentials token: its client id is what ties reports to it. */
    public String partnerApp(String clientId) {
        return sign(claims("service-account-" + clientId, clientId, "partner-app"), Instant.now(),
                Duration.ofHours(12));
    }

    /** An OPD head's token, bound to the one OPD they lead. */
    public String opdHead(String opdCode) {
        Map<String, Object> claims = claims("kepala-" + opdCode.toLowerCase(), "netral-console", "opd-head");
        claims.put("opd", opdCode);
        return sign(claims, Instant.now(), Duration.ofHours(12));
    }

    /**
     * The bearer token of a kind of caller as access-matrix tests name them: {@code none} (no token),
     * {@code expired}, {@code forged} (signed by another key), {@code partner-app}, {@code other-partner-app},
     * {@code opd-head-own} (DISPERKIM, the OPD of the test cases), {@code opd-head-other} (DINSOS), or a role.
     *
     * @return the token, or null for {@code none}
     */
    public String tokenFor(String caller) {
        return switch (caller) {
            case "none" -> null;
            case "expired" -> expired("ppk");
            case "forged" -> generate().partnerApp(TEST_PARTNER_APP);
            case "partner-app" -> partnerApp(TEST_PARTNER_APP);
            case "other-partner-app" -> partnerApp("lapor-bridge");
            case "opd-head-own", "opd-head" -> opdHead("DISPERKIM");
            case "opd-head-other" -> opdHead("DINSOS");
            default -> token(caller);
        };
    }

    /** The partner app whose token {@link #tokenFor} gives for {@code partner-app}. */
    public static final String TEST_PARTNER_APP = "bawaslu-intake";

    /** A token that expired an hour ago. */
    public String expired(String role) {
        return sign(claims(role + "-user", "netral-console", role), Instant.now().minus(Duration.ofHours(2)),
                Duration.ofHours(1));
    }

    private static Map<String, Object> claims(String subject, String clientId, String role) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("sub", subject);
        claims.put("azp", clientId);
        claims.put("groups", Set.of(role));
        claims.put("jti", UUID.randomUUID().toString());
        return claims;
    }

    /** A token for a person signed in through {@link DevOidcProvider}: the claims it sets, signed as every token here. */
    String signFor(Map<String, Object> claims, Duration lifetime) {
        Map<String, Object> all = new LinkedHashMap<>(claims);
        all.put("iss", ISSUER);
        all.putIfAbsent("jti", UUID.randomUUID().toString());
        return sign(all, Instant.now(), lifetime);
    }

    /** The public key as a JSON Web Key (RFC 7517), for an OIDC client that reads the provider's JWKS. */
    Map<String, Object> jwk() {
        java.security.interfaces.RSAPublicKey rsa = (java.security.interfaces.RSAPublicKey) keys.getPublic();
        Map<String, Object> jwk = new LinkedHashMap<>();
        jwk.put("kty", "RSA");
        jwk.put("kid", "dev");
        jwk.put("use", "sig");
        jwk.put("alg", "RS256");
        jwk.put("n", base64Url(unsigned(rsa.getModulus().toByteArray())));
        jwk.put("e", base64Url(unsigned(rsa.getPublicExponent().toByteArray())));
        return jwk;
    }

    /** BigInteger's bytes carry a sign byte that a JWK must not. */
    private static byte[] unsigned(byte[] bytes) {
        return bytes.length > 1 && bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    /** A JWS in compact form, RS256, as RFC 7515 and 7519 describe it. */
    private String sign(Map<String, Object> claims, Instant issuedAt, Duration lifetime) {
        claims.put("iat", issuedAt.getEpochSecond());
        claims.put("exp", issuedAt.plus(lifetime).getEpochSecond());
        try {
            String signingInput = base64Url(JSON.writeValueAsBytes(Map.of("alg", "RS256", "typ", "JWT",
                    "kid", "dev"))) + "." + base64Url(JSON.writeValueAsBytes(claims));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.getPrivate());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + base64Url(rsa.sign());
        } catch (JsonProcessingException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
