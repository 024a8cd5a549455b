package id.netral.notification.delivery;

import id.netral.kit.audit.AuditLog;
import id.netral.kit.problem.ProblemException;
import id.netral.notification.Notification;
import id.netral.notification.NotificationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
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
    @Inject
    @Any
    Instance<ChannelLedger<?, ?>> ledgers;

    @Transactional
    public Notification requeue(UUID notificationId) {
        Notification notification = entityManager.find(Notification.class, notificationId,
                LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        boolean requeued = false;
        for (ChannelLedger<?, ?> ledger : ledgers) {
            // every channel, not only the first that had failed
            requeued |= ledger.queueAgain(notification, now);
        }
        if (notification.status == NotificationStatus.FAILED) {
            // by webhook only: the notice follows its webhook, queued again above
            notification.status = NotificationStatus.PENDING;
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
