package id.netral.notification.delivery;

import id.netral.kit.audit.AuditLog;
import id.netral.kit.problem.ProblemException;
import id.netral.notification.Notification;
import id.netral.notification.NotificationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * An admin queues a FAILED notice again, once the cause is fixed (the mail server is back, the endpoint corrected).
 * Only what FAILED goes again, with a fresh count of attempts: a channel that delivered is never sent again, so the
 * recipient does not get the message twice.
 */
@ApplicationScoped
public class Redelivery {
    @Inject
    EntityManager entityManager;
    @Inject
    AuditLog audit;
    @Inject
    Event<NotificationQueued> queued;
    @Inject
    Clock clock;

    @Transactional
    public Notification requeue(UUID notificationId) {
        Notification notification = entityManager.find(Notification.class, notificationId,
                LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        boolean requeued = false;
        if (notification.status == NotificationStatus.FAILED) {
            notification.status = NotificationStatus.PENDING;
            if (notification.byEmail) {
                notification.attempts = 0;
                notification.nextAttemptAt = now;
            }
            // by webhook only, the notice follows its webhook, queued again below
            requeued = true;
        }
        Optional<WebhookDelivery> webhook = WebhookDelivery.ofNotification(notificationId);
        if (webhook.isPresent() && webhook.get().status == WebhookDelivery.Status.FAILED) {
            entityManager.lock(webhook.get(), LockModeType.PESSIMISTIC_WRITE);
            webhook.get().status = WebhookDelivery.Status.PENDING;
            webhook.get().attempts = 0;
            webhook.get().nextAttemptAt = now;
            requeued = true;
        }
        if (!requeued) {
            throw ProblemException.conflict("Notification " + notificationId + " has no FAILED channel to retry; "
                    + "it is " + notification.status);
        }
        audit.record("notification.requeued", "notification", notificationId);
        queued.fire(new NotificationQueued(notificationId));
        return notification;
    }
}
