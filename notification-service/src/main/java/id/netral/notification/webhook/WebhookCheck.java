package id.netral.notification.webhook;

/**
 * What {@link WebhookPolicy} says of an endpoint: refused with the reason an admin or the delivery record shows, or
 * approved with the only addresses that may be connected to for this delivery.
 */
public sealed interface WebhookCheck {

    record Refused(String reason) implements WebhookCheck {
    }

    record Approved(WebhookTarget target) implements WebhookCheck {
    }
}
