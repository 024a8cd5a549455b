package id.netral.notification.delivery;

import id.netral.notification.Notification;
import id.netral.notification.NotificationStatus;
import id.netral.notification.directory.ChannelPreference;
import id.netral.notification.directory.Opd;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Stores a written notice for delivery to the head of an office: by e-mail, by webhook, or both, as they prefer. */
@ApplicationScoped
public class NoticeQueue {
    @Inject
    Event<NotificationQueued> queued;

    /** To the head of {@code office} in office now, by the channels the office prefers (see {@link Opd#channels()}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queueTo(Notification notification, Opd office) {
        ChannelPreference channels = office.channels();
        notification.recipientOffice = office.code;
        notification.byEmail = channels.byEmail();
        notification.status = NotificationStatus.PENDING;
        if (channels.byEmail()) {
            notification.recipientAddress = office.headEmail;
            notification.nextAttemptAt = notification.createdAt;
        } else {
            // by webhook only: the e-mail worker claims only notices with a next attempt, and the status follows
            // the webhook delivery
            notification.recipientAddress = null;
            notification.nextAttemptAt = null;
        }
        notification.persist();
        if (channels.byWebhook()) {
            WebhookDelivery.queue(notification.id, office.webhookUrl, notification.createdAt);
        }
        // the delivery worker sends right after the commit, not before it is safely stored
        queued.fire(new NotificationQueued(notification.id));
    }
}
