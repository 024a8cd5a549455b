package id.netral.infra;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

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
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
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
        return sign(claims(role + "-user", "netral-console", Set.of(role)), Duration.ofHours(12));
    }

    /** A partner app's client-credentials token: its client id is what ties reports to it. */
    public String partnerApp(String clientId) {
        return sign(claims("service-account-" + clientId, clientId, Set.of("partner-app")), Duration.ofHours(12));
    }

    /** An OPD head's token, bound to the one OPD they lead. */
    public String opdHead(String opdCode) {
        return sign(claims("kepala-" + opdCode.toLowerCase(), "netral-console", Set.of("opd-head"))
                .claim("opd", opdCode), Duration.ofHours(12));
    }

    /** A token that expired an hour ago. */
    public String expired(String role) {
        Instant issued = Instant.now().minus(Duration.ofHours(2));
        return claims(role + "-user", "netral-console", Set.of(role)).issuedAt(issued)
                .expiresAt(issued.plus(Duration.ofHours(1))).jws().keyId("dev").sign(keys.getPrivate());
    }

    private static JwtClaimsBuilder claims(String subject, String clientId, Set<String> roles) {
        return Jwt.issuer(ISSUER).subject(subject).claim("azp", clientId).groups(roles)
                .claim("jti", UUID.randomUUID().toString());
    }

    private String sign(JwtClaimsBuilder claims, Duration lifetime) {
        return claims.issuedAt(Instant.now()).expiresIn(lifetime).jws().keyId("dev").sign(keys.getPrivate());
    }
}
