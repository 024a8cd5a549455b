package id.netral.notification.delivery;

import id.netral.notification.FailureCategory;
import id.netral.notification.Notification;
import id.netral.notification.NotificationStatus;
import id.netral.notification.directory.ChannelPreference;
import id.netral.notification.directory.Opd;
import id.netral.notification.recipient.Addressee;
import id.netral.notification.recipient.HeadInOffice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * Stores a written notice for delivery to the head of an office: by e-mail, by webhook, or both, as they prefer; or
 * keeps one that cannot or must not go, with the reason.
 */
@ApplicationScoped
public class NoticeQueue {
    private static final Logger LOG = Logger.getLogger(NoticeQueue.class);

    @Inject
    Event<NotificationQueued> queued;
    @Inject
    DeliveryOutcomes outcomes;

    /**
     * To the head of {@code office} in office when the notice is written (its {@code createdAt}), by the channels the
     * office prefers (see {@link Opd#channels()}). The head is the one the accused was compared with (see
     * {@link HeadInOffice}), not the office row's, which takes a new appointment over only when the directory's job
     * next runs.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queueTo(Notification notification, Opd office) {
        ChannelPreference channels = office.channels();
        notification.recipientOffice = office.code;
        notification.byEmail = channels.byEmail();
        notification.status = NotificationStatus.PENDING;
        if (channels.byEmail()) {
            notification.recipientAddress = HeadInOffice.of(office, notification.createdAt).email();
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

    /**
     * Sends a written letter to whom {@link id.netral.notification.recipient.Recipients} found for it: queued to the
     * head of the office; withheld where the accused heads the office and its superior's office receives this case's
     * letter already; kept UNDELIVERABLE where nobody but the accused could receive it.
     *
     * @return whether the letter is queued for delivery
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean send(Notification letter, Addressee addressee) {
        if (addressee instanceof Addressee.Head head) {
            queueTo(letter, head.office());
            return true;
        }
        if (addressee instanceof Addressee.AlreadyReached already) {
            LOG.infof("%s to %s for report %s withheld: %s", letter.kind, letter.recipientRole, letter.reportId,
                    already.reason());
            letter.withhold(already.reason());
        } else {
            undeliverable(letter, FailureCategory.OFFICE_NOT_IN_DIRECTORY, ((Addressee.NoOneElse) addressee).reason());
        }
        return false;
    }

    /**
     * Keeps a notice nobody can be sent, so an admin sees the gap and tells someone by hand: UNDELIVERABLE, told to the
     * others as failed (the case's timeline, the failed count on /q/metrics) and logged as an error.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void undeliverable(Notification notice, FailureCategory category, String reason) {
        notice.status = NotificationStatus.UNDELIVERABLE;
        notice.undeliverableReason = reason;
        notice.lastFailureCategory = category;
        notice.recipientOffice = null;
        notice.recipientAddress = null;
        notice.nextAttemptAt = null;
        LOG.errorf("%s %s for report %s is undeliverable: %s", notice.kind, notice.id, notice.reportId, reason);
        notice.persist();
        outcomes.failed(notice, Channel.EMAIL, category, notice.createdAt);
    }

    /**
     * Stops a notice not yet delivered on every channel (still trying, or given up and waiting for an admin), keeping
     * it CANCELLED with the reason. A channel a worker is handing it to at this very moment may still deliver it; that
     * delivery is then recorded as it happened.
     *
     * @return whether anything of it was still to be delivered
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean cancel(Notification notice, String reason) {
        boolean stopped = false;
        if (notice.status == NotificationStatus.PENDING || notice.status == NotificationStatus.FAILED) {
            notice.cancel();
            notice.notSentReason = reason;
            stopped = true;
        }
        WebhookDelivery webhook = WebhookDelivery.ofNotification(notice.id).orElse(null);
        if (webhook != null && (webhook.status == WebhookDelivery.Status.PENDING
                || webhook.status == WebhookDelivery.Status.FAILED)) {
            webhook.cancel();
            stopped = true;
        }
        return stopped;
    }
}
