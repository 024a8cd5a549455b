package id.netral.notification.webhook;

import java.util.List;
import java.util.UUID;

/**
 * A claimed webhook delivery as the sender needs it.
 *
 * @param deliveryId the delivery's id: the {@code webhook-id} of every attempt, admin's redeliveries included
 * @param secrets    the endpoint's signing secrets, the current one first and then one being rotated out, if any; each
 *                   signs the request. Left out of {@link #toString()} so no log line can carry them
 * @param body       the JSON notice, signed and sent as it is
 */
public record OutgoingWebhook(UUID deliveryId, UUID notificationId, int attempt, String url, List<String> secrets,
                              String body) {
    public OutgoingWebhook {
        secrets = List.copyOf(secrets);
    }

    @Override
    public String toString() {
        return "OutgoingWebhook[delivery " + deliveryId + ", attempt " + attempt + ", " + url + "]";
    }
}
