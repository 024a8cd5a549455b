package id.netral.notification.delivery;

import id.netral.notification.Notification;
import id.netral.notification.NotificationStatus;
import id.netral.notification.webhook.WebhookDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Stores a written notice for delivery: by e-mail, and by webhook when the recipient has one. */
@ApplicationScoped
public class NoticeQueue {
    @Inject
    Event<NotificationQueued> queued;

    /** @param webhookUrl the recipient's webhook endpoint; null for e-mail only */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(Notification notification, String address, String webhookUrl) {
        notification.recipientAddress = address;
        notification.status = NotificationStatus.PENDING;
        notification.nextAttemptAt = notification.createdAt;
        notification.persist();
        if (webhookUrl != null) {
            WebhookDelivery.queue(notification.id, webhookUrl, notification.createdAt);
        }
        // the delivery worker sends right after the commit, not before it is safely stored
        queued.fire(new NotificationQueued(notification.id));
    }
}
