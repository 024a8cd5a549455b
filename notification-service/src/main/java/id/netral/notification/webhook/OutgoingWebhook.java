package id.netral.notification.webhook;

import java.util.UUID;

/**
 * A claimed webhook delivery as the sender needs it.
 *
 * @param secret the endpoint's signing secret; left out of {@link #toString()} so no log line can carry it
 * @param body   the JSON notice, signed and sent as it is
 */
public record OutgoingWebhook(UUID deliveryId, UUID notificationId, int attempt, String url, String secret,
                              String body) {
    @Override
    public String toString() {
        return "OutgoingWebhook[delivery " + deliveryId + ", attempt " + attempt + ", " + url + "]";
    }
}
