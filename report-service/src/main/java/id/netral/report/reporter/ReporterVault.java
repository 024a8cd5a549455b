package id.netral.report.reporter;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Encrypts the reporter's identity at rest with AES-256-GCM. Keys come from configuration (in Kubernetes a Secret):
 * {@code netral.reporter-encryption.keys=ID:BASE64,...}, new data under {@code active-key}; older keys stay listed
 * so that rows written under them can still be read after a rotation. Each value is bound to its report and field
 * (associated data), so a ciphertext copied to another row or column does not decrypt.
 */
@ApplicationScoped
@Startup
public class ReporterVault {
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    // The development and test key published in this repository; a production start with it is refused.
    // Compared as bytes: other texts (no padding, other unused bits in the last symbol) decode to the same key.
    private static final byte[] PUBLISHED_KEY = Base64.getDecoder()
            .decode("bmV0cmFsLWRldmVsb3BtZW50LWtleS0zMi1ieXRlcyE=");

    private final SecureRandom random = new SecureRandom();
    private final Map<String, SecretKey> keys = new HashMap<>();
    private final String activeKeyId;

    public ReporterVault(@ConfigProperty(name = "netral.reporter-encryption.keys") List<String> keyring,
                         @ConfigProperty(name = "netral.reporter-encryption.active-key") String activeKeyId) {
        for (String entry : keyring) {
            int colon = entry.indexOf(':');
            if (colon < 1) {
                throw new IllegalStateException("netral.reporter-encryption.keys holds ID:BASE64 entries");
            }
            byte[] key = Base64.getDecoder().decode(entry.substring(colon + 1).strip());
            if (LaunchMode.current() == LaunchMode.NORMAL && MessageDigest.isEqual(key, PUBLISHED_KEY)) {
                throw new IllegalStateException("Refusing to start: the reporter encryption key is the development "
                        + "key published in the repository; set NETRAL_REPORTER_ENCRYPTION_KEYS from a secret");
            }
            if (key.length != 32) {
                throw new IllegalStateException("reporter encryption key " + entry.substring(0, colon)
                        + " must be 32 bytes (AES-256), base64-encoded");
            }
            keys.put(entry.substring(0, colon).strip(), new SecretKeySpec(key, "AES"));
        }
        if (!keys.containsKey(activeKeyId)) {
            throw new IllegalStateException("netral.reporter-encryption.active-key " + activeKeyId
                    + " is not among the configured keys");
        }
        this.activeKeyId = activeKeyId;
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    /** @return base64 of IV and ciphertext with tag, or null for a null value */
    public String seal(String plain, UUID reportId, String field) {
        if (plain == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), iv, reportId, field,
                plain.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed)
                .array());
    }

    public String open(String sealed, String keyId, UUID reportId, String field) {
        if (sealed == null) {
            return null;
        }
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("reporter data is sealed under key " + keyId
                    + ", which is no longer configured");
        }
        ByteBuffer buffer = ByteBuffer.wrap(Base64.getDecoder().decode(sealed));
        byte[] iv = new byte[IV_BYTES];
        buffer.get(iv);
        byte[] body = new byte[buffer.remaining()];
        buffer.get(body);
        return new String(crypt(Cipher.DECRYPT_MODE, key, iv, reportId, field, body), StandardCharsets.UTF_8);
    }

    /**
     * One cipher object per worker thread, initialised afresh (key, a new IV) for every use: looking the algorithm up
     * cost more than the encryption of the three fields of a submission.
     */
    private static final ThreadLocal<Cipher> AES_GCM = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no AES/GCM", e);
        }
    });

    private static byte[] crypt(int mode, SecretKey key, byte[] iv, UUID reportId, String field, byte[] input) {
        try {
            Cipher cipher = AES_GCM.get();
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD((reportId + "/" + field).getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("reporter data could not be " + (mode == Cipher.ENCRYPT_MODE
                    ? "sealed" : "opened") + " for report " + reportId, e);
        }
    }
}
