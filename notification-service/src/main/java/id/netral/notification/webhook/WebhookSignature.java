package id.netral.notification.webhook;

import id.netral.notification.HmacSha256;

import java.util.HexFormat;

/**
 * The signature a receiver checks: {@code v1=} and the hex HMAC-SHA256, keyed with the endpoint's secret, of the
 * timestamp header's value, a dot and the exact request body. The timestamp lets a receiver refuse old replays.
 */
public final class WebhookSignature {
    public static final String TIMESTAMP_HEADER = "X-Netral-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Netral-Signature";
    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

    private WebhookSignature() {
    }

    public static String sign(String secret, long timestamp, String body) {
        return "v1=" + HexFormat.of().formatHex(HmacSha256.of(secret, timestamp + "." + body));
    }
}
