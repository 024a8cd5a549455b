package id.netral.local;

import id.netral.infra.DevIdentityProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Secrets of the local run, made on its first start and kept in the data directory (never in the repository): the
 * reporter-encryption key, and ready-made bearer tokens for each role, signed by the development identity provider.
 */
final class LocalSecrets {
    private LocalSecrets() {
    }

    /** A random 32-byte key, base64-encoded, made once and kept in the file (owner-only). */
    static String reporterKey(Path file) {
        return randomKey(file);
    }

    /** The key that signs the one-time acknowledgement links in the OPD heads' e-mails. */
    static String acknowledgementLinkSecret(Path file) {
        return randomKey(file);
    }

    /** The console's OIDC client secret; it also encrypts the console's session and state cookies. */
    static String consoleClientSecret(Path file) {
        return randomKey(file);
    }

    private static String randomKey(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.createDirectories(file.getParent());
                Files.writeString(file, Base64.getEncoder().encodeToString(key));
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one token file per kind of user, valid for 12 hours, and returns where they are. */
    static Path writeTokens(DevIdentityProvider identityProvider, Path directory) {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("partner-app", identityProvider.partnerApp("bawaslu-intake"));
        for (String role : new String[]{"verifier", "personnel-officer", "ppk", "auditor", "admin"}) {
            tokens.put(role, identityProvider.token(role));
        }
        tokens.put("opd-head-DISPERKIM", identityProvider.opdHead("DISPERKIM"));
        tokens.put("opd-head-CAMAT-OEBOBO", identityProvider.opdHead("CAMAT-OEBOBO"));
        try {
            Files.createDirectories(directory);
            for (Map.Entry<String, String> token : tokens.entrySet()) {
                Files.writeString(directory.resolve(token.getKey() + ".jwt"), token.getValue());
            }
            Files.writeString(directory.resolve("README.txt"), """
                    Bearer tokens of the local run's development identity provider, issued %s, valid 12 hours
                    (restart ./run-local.sh for fresh ones). Use them as
                      curl -H "Authorization: Bearer $(cat %s/verifier.jwt)" http://localhost:8081/api/v1/...
                    """.formatted(Instant.now(), directory));
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
