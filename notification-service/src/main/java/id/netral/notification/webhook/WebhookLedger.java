package id.netral.notification.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.netral.notification.Notification;
import id.netral.notification.delivery.Channel;
import id.netral.notification.delivery.DeliveryAttempt;
import id.netral.notification.delivery.DeliveryOutcomes;
import id.netral.notification.delivery.DueRows;
import id.netral.notification.delivery.RetrySchedule;
import id.netral.notification.NotificationStatus;
import id.netral.notification.directory.Opd;
import id.netral.notification.followup.AcknowledgementLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The database side of webhook delivery, like {@link DeliveryLedger} for e-mail: claims with SKIP LOCKED and a lease,
 * records each outcome in a short transaction of its own. A delivery recorded DELIVERED is never claimed again.
 */
@ApplicationScoped
public class WebhookLedger {
    private static final Logger LOG = Logger.getLogger(WebhookLedger.class);

    @Inject
    EntityManager entityManager;
    @Inject
    DeliveryOutcomes outcomes;
    @Inject
    RetrySchedule schedule;
    @Inject
    Clock clock;
    @Inject
    ObjectMapper json;
    @Inject
    DueRows dueRows;
    @Inject
    AcknowledgementLinks links;

    /** Claims the webhook that has waited longest (see {@link DueRows#claimPending}). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<OutgoingWebhook> claimNext() {
        Instant now = clock.instant();
        return dueRows.claimPending(WebhookDelivery.class, "webhook_delivery", now, schedule.leaseEnd(now))
                .map(delivery -> {
                    Notification notification = Notification.findById(delivery.notificationId);
                    // the secret as the office has it now: a rotated secret signs the retries of older deliveries
                    String secret = Opd.<Opd>findByIdOptional(notification.recipientOffice)
                            .map(office -> office.webhookSecret).orElse(null);
                    return new OutgoingWebhook(delivery.id, notification.id, delivery.attempts, delivery.url, secret,
                            body(delivery, notification));
                });
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordDelivered(OutgoingWebhook webhook) {
        Instant deliveredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        WebhookDelivery delivery = locked(webhook);
        if (delivery.status != WebhookDelivery.Status.PENDING) {
            LOG.infof("Webhook %s was already %s; this send was a repeat", delivery.id, delivery.status);
            return;
        }
        delivery.status = WebhookDelivery.Status.DELIVERED;
        delivery.deliveredAt = deliveredAt;
        delivery.nextAttemptAt = null;
        DeliveryAttempt.record(delivery.notificationId, Channel.WEBHOOK, webhook.attempt(), deliveredAt, true, null);
        Notification notification = entityManager.find(Notification.class, delivery.notificationId,
                LockModeType.PESSIMISTIC_WRITE);
        if (!notification.byEmail && notification.status == NotificationStatus.PENDING) {
            // by webhook only: the notice is delivered now (and reminders wait for its acknowledgement)
            notification.status = NotificationStatus.DELIVERED;
            notification.deliveredAt = deliveredAt;
        }
        outcomes.delivered(notification, Channel.WEBHOOK, deliveredAt);
    }

    /** @param final_ true when trying again cannot help (the endpoint is refused): FAILED at once */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(OutgoingWebhook webhook, String error, boolean final_) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        WebhookDelivery delivery = locked(webhook);
        if (delivery.status != WebhookDelivery.Status.PENDING || delivery.attempts != webhook.attempt()) {
            LOG.infof("Ignoring the failure of attempt %d of webhook %s: it is %s after %d attempts",
                    webhook.attempt(), delivery.id, delivery.status, delivery.attempts);
            return;
        }
        delivery.lastError = DeliveryAttempt.truncated(error);
        DeliveryAttempt.record(delivery.notificationId, Channel.WEBHOOK, webhook.attempt(), now, false, error);
        if (final_ || schedule.exhausted(delivery.attempts)) {
            delivery.status = WebhookDelivery.Status.FAILED;
            delivery.nextAttemptAt = null;
            LOG.errorf("Webhook %s of notice %s failed after %d attempts and is given up: %s", delivery.id,
                    delivery.notificationId, delivery.attempts, error);
            Notification notification = entityManager.find(Notification.class, delivery.notificationId,
                    LockModeType.PESSIMISTIC_WRITE);
            if (!notification.byEmail && notification.status == NotificationStatus.PENDING) {
                // by webhook only: the notice failed with it, visibly, and an admin may queue it again
                notification.status = NotificationStatus.FAILED;
                notification.lastError = delivery.lastError;
            }
            outcomes.failed(notification, Channel.WEBHOOK, delivery.lastError, now);
        } else {
            delivery.nextAttemptAt = schedule.nextAttempt(delivery.attempts, now);
            LOG.warnf("Attempt %d of webhook %s failed, next at %s: %s", delivery.attempts, delivery.id,
                    delivery.nextAttemptAt, error);
        }
    }

    private String body(WebhookDelivery delivery, Notification notification) {
        try {
            return json.writeValueAsString(new WebhookNotice(delivery.id, notification.id, notification.reportId,
                    notification.recommendationId, notification.recipientRole.name(), notification.opdCode,
                    notification.subject, notification.body, notification.createdAt,
                    // the e-mail carries the link; a notice by webhook only carries it here, the same on every attempt
                    notification.byEmail ? null : links.linkFor(notification).orElse(null)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a notice is always writable as JSON", e);
        }
    }

    private WebhookDelivery locked(OutgoingWebhook webhook) {
        return entityManager.find(WebhookDelivery.class, webhook.deliveryId(), LockModeType.PESSIMISTIC_WRITE);
    }
}
