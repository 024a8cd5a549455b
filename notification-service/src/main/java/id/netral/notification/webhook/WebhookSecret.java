package id.netral.notification.webhook;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * How an office's stored webhook secret becomes the HMAC key of the Standard Webhooks signature.
 * <p>
 * Two forms are stored. The spec's own, {@code whsec_} and the key in base64, is the key's bytes: what Standard
 * Webhooks libraries take as they are. The older form, any text of 32 or more characters that offices were given
 * before, is keyed with its UTF-8 bytes, so that existing secrets keep working unchanged (the spec's migration advice);
 * such an office hands its receiver {@code whsec_} and the base64 of those bytes (see {@link #standardForm}).
 */
public final class WebhookSecret {
    public static final String PREFIX = "whsec_";
    /** The spec's bounds for a symmetric key: at least 24 bytes (192 bits), at most 64 (512 bits). */
    static final int MIN_KEY_BYTES = 24;
    static final int MAX_KEY_BYTES = 64;

    private WebhookSecret() {
    }

    /** The HMAC key of a stored secret, which {@link #problem} let through when an admin set it. */
    public static byte[] key(String secret) {
        if (secret.startsWith(PREFIX)) {
            return Base64.getDecoder().decode(secret.substring(PREFIX.length()));
        }
        return secret.getBytes(StandardCharsets.UTF_8);
    }

    /** The secret as a receiver's Standard Webhooks library wants it, whichever form is stored. */
    public static String standardForm(String secret) {
        return PREFIX + Base64.getEncoder().encodeToString(key(secret));
    }

    /** @return what is wrong with a {@code whsec_} secret an admin gives; empty for a good one or the older form */
    public static Optional<String> problem(String secret) {
        if (!secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return Optional.of("a secret starting with " + PREFIX + " must go on in standard base64");
        }
        if (key.length < MIN_KEY_BYTES || key.length > MAX_KEY_BYTES) {
            return Optional.of("a " + PREFIX + " secret must hold " + MIN_KEY_BYTES + " to " + MAX_KEY_BYTES
                    + " bytes of key; this one holds " + key.length);
        }
        return Optional.empty();
    }
}
