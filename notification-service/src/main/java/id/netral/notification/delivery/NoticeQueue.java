package id.netral.notification.delivery;

import id.netral.notification.Notification;
import id.netral.notification.NotificationStatus;
import id.netral.notification.directory.ChannelPreference;
import id.netral.notification.directory.Opd;
import id.netral.notification.webhook.WebhookDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Stores a written notice for delivery: by e-mail, by webhook, or both, as the recipient prefers. */
@ApplicationScoped
public class NoticeQueue {
    @Inject
    Event<NotificationQueued> queued;

    /** By e-mail, and by webhook when {@code webhookUrl} is given (null for e-mail only). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(Notification notification, String address, String webhookUrl) {
        queue(notification, address, webhookUrl, true);
    }

    /** To the head of an OPD, by the channels the head prefers (see {@link Opd#channels()}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queueToHead(Notification notification, Opd opd) {
        ChannelPreference channels = opd.channels();
        queue(notification, opd.headEmail, channels.byWebhook() ? opd.webhookUrl : null, channels.byEmail());
    }

    /**
     * @param webhookUrl the recipient's webhook endpoint; null for e-mail only
     * @param byEmail    false for the webhook only: no e-mail at all, and the notice's status follows the webhook
     */
    private void queue(Notification notification, String address, String webhookUrl, boolean byEmail) {
        if (!byEmail && webhookUrl == null) {
            throw new IllegalArgumentException("a notice by neither e-mail nor webhook reaches nobody");
        }
        notification.byEmail = byEmail;
        notification.status = NotificationStatus.PENDING;
        if (byEmail) {
            notification.recipientAddress = address;
            notification.nextAttemptAt = notification.createdAt;
        } else {
            // the e-mail worker claims only notices with a next attempt, and the copies go with the e-mail
            notification.recipientAddress = null;
            notification.nextAttemptAt = null;
            notification.copies.clear();
        }
        notification.persist();
        if (webhookUrl != null) {
            WebhookDelivery.queue(notification.id, webhookUrl, notification.createdAt);
        }
        // the delivery worker sends right after the commit, not before it is safely stored
        queued.fire(new NotificationQueued(notification.id));
    }
}
