package id.netral.console.admin;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A new webhook secret in the Standard Webhooks form notification-service takes ({@code whsec_} and 32 random bytes in
 * base64). The console makes it so that an admin need not invent one; it is shown once, on the answer to the form
 * that set it, and kept nowhere: the API never gives a secret back.
 */
final class WebhookSecrets {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int KEY_BYTES = 32;

    private WebhookSecrets() {
    }

    static String fresh() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }
}
