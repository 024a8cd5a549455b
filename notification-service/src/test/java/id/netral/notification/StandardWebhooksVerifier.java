package id.netral.notification;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * A receiver's check of a webhook by the Standard Webhooks specification (version 1.0), written from the spec alone and
 * on purpose sharing no code with the service's signing: if Netral's signature followed its own reading of the spec,
 * a check that used the same code would agree with it anyway. What the spec asks of a receiver:
 * <ul>
 *     <li>the headers webhook-id, webhook-timestamp and webhook-signature are all there;</li>
 *     <li>webhook-timestamp, unix seconds, lies within a tolerance of the receiver's clock (5 minutes here, as the
 *     reference libraries do), against replays;</li>
 *     <li>the key is the secret with its {@code whsec_} prefix removed, base64-decoded;</li>
 *     <li>the content signed is {@code webhook-id + "." + webhook-timestamp + "." + raw body};</li>
 *     <li>webhook-signature is a space-delimited list of {@code version,signature}; a {@code v1} entry is the base64
 *     HMAC-SHA256 of that content, compared in constant time; any one match is enough (rotation sends two), and
 *     entries of other versions are skipped.</li>
 * </ul>
 */
public final class StandardWebhooksVerifier {
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private final List<byte[]> keys;
    private final Clock clock;

    /** @param secrets the receiver's secrets, each in the spec's {@code whsec_} form */
    public StandardWebhooksVerifier(Clock clock, String... secrets) {
        this.clock = clock;
        this.keys = java.util.Arrays.stream(secrets).map(StandardWebhooksVerifier::key).toList();
    }

    /** The spec's form of a key given as raw bytes: what an office hands its receiver. */
    public static String whsec(byte[] key) {
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }

    private static byte[] key(String secret) {
        if (!secret.startsWith("whsec_")) {
            throw new IllegalArgumentException("a Standard Webhooks secret starts with whsec_");
        }
        return Base64.getDecoder().decode(secret.substring("whsec_".length()));
    }

    /** @return why the request is refused; empty when it is authentic and fresh */
    public Optional<String> refusal(String id, String timestamp, String signatures, String body) {
        if (id == null || timestamp == null || signatures == null) {
            return Optional.of("missing webhook-id, webhook-timestamp or webhook-signature");
        }
        long sentAt;
        try {
            sentAt = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return Optional.of("webhook-timestamp is not unix seconds");
        }
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - sentAt) > TOLERANCE.toSeconds()) {
            return Optional.of("webhook-timestamp is outside the tolerance");
        }
        byte[] content = (id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8);
        for (String entry : signatures.split(" ")) {
            int comma = entry.indexOf(',');
            if (comma < 0 || !entry.substring(0, comma).equals("v1")) {
                continue;
            }
            byte[] given;
            try {
                given = Base64.getDecoder().decode(entry.substring(comma + 1));
            } catch (IllegalArgumentException e) {
                continue;
            }
            for (byte[] key : keys) {
                if (MessageDigest.isEqual(hmac(key, content), given)) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of("no v1 signature matches");
    }

    private static byte[] hmac(byte[] key, byte[] content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
