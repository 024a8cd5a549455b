package id.netral.notification.webhook;

import id.netral.notification.HmacSha256;

import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The signature headers of a webhook request, by the Standard Webhooks convention (standardwebhooks.com, version 1.0),
 * so that a receiver can check them with an existing library: {@code webhook-id} (the delivery's id, the same on every
 * attempt), {@code webhook-timestamp} (the attempt's time, unix seconds) and {@code webhook-signature}, a
 * space-separated list of {@code v1,} and the base64 HMAC-SHA256 of {@code id.timestamp.body}, one per key that signs.
 * More than one key signs while an office's secret is being rotated, so that the receiver may switch at any moment.
 * <p>
 * The headers Netral sent before (X-Netral-Timestamp, X-Netral-Signature, Idempotency-Key) still go along for receivers
 * written against them, deprecated; the legacy signature is keyed with the current secret only.
 */
public final class WebhookSignature {
    public static final String ID_HEADER = "webhook-id";
    public static final String TIMESTAMP_HEADER = "webhook-timestamp";
    public static final String SIGNATURE_HEADER = "webhook-signature";

    /** @deprecated the timestamp as before the Standard Webhooks headers; {@link #TIMESTAMP_HEADER} carries it now */
    @Deprecated
    public static final String LEGACY_TIMESTAMP_HEADER = "X-Netral-Timestamp";
    /** @deprecated {@code v1=} and the hex HMAC-SHA256 of {@code timestamp.body}; see {@link #SIGNATURE_HEADER} */
    @Deprecated
    public static final String LEGACY_SIGNATURE_HEADER = "X-Netral-Signature";
    /** @deprecated the delivery id, as {@link #ID_HEADER} now carries it */
    @Deprecated
    public static final String LEGACY_IDEMPOTENCY_HEADER = "Idempotency-Key";

    private WebhookSignature() {
    }

    /** The {@code webhook-signature} value: a {@code v1} signature per secret, in the order given. */
    public static String standard(List<String> secrets, String id, long timestamp, String body) {
        String signed = id + "." + timestamp + "." + body;
        return secrets.stream()
                .map(secret -> "v1," + Base64.getEncoder().encodeToString(
                        HmacSha256.of(WebhookSecret.key(secret), signed)))
                .collect(Collectors.joining(" "));
    }

    /** The deprecated {@code X-Netral-Signature} value. */
    public static String legacy(String secret, long timestamp, String body) {
        return "v1=" + HexFormat.of().formatHex(HmacSha256.of(WebhookSecret.key(secret), timestamp + "." + body));
    }
}
