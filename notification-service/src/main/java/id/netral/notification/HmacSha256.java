package id.netral.notification;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/** HMAC-SHA256 of a UTF-8 text: signs webhooks and acknowledgement links. */
public final class HmacSha256 {
    private HmacSha256() {
    }

    /** Keyed with the secret's UTF-8 bytes. */
    public static byte[] of(String secret, String message) {
        return of(secret.getBytes(StandardCharsets.UTF_8), message);
    }

    public static byte[] of(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
