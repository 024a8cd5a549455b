package id.netral.notification.delivery;

import id.netral.events.NotificationDelivered;
import id.netral.kit.outbox.Outbox;
import id.netral.notification.Notification;
import id.netral.notification.NotificationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The database side of delivery: which notice a worker sends next, and what came of it. Each step is a short
 * transaction of its own, so no transaction and no row lock is held while the SMTP server is talked to.
 */
@ApplicationScoped
public class DeliveryLedger {
    private static final Logger LOG = Logger.getLogger(DeliveryLedger.class);
    // the only channel so far; signed webhooks are planned (system design, step 5)
    private static final String CHANNEL = "EMAIL";
    private static final int MAX_ERROR_LENGTH = 2000;

    @Inject
    EntityManager entityManager;
    @Inject
    Outbox outbox;
    @Inject
    RetrySchedule schedule;

    /**
     * Claims the notice that has waited longest. SKIP LOCKED lets several workers and replicas claim side by side
     * without waiting for or taking each other's rows; the claim then holds the notice by moving its next attempt to
     * the end of a lease, so nobody else takes it while it is being sent, and a crashed worker's notice comes back by
     * itself when the lease runs out. The attempt is counted here, before sending, so a notice whose sending keeps
     * crashing the worker still reaches the maximum.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<OutgoingMail> claimNext() {
        Instant now = Instant.now();
        List<?> due = entityManager.createNativeQuery("""
                        SELECT id FROM notification
                        WHERE status = 'PENDING' AND next_attempt_at <= :now
                        ORDER BY next_attempt_at
                        LIMIT 1
                        FOR UPDATE SKIP LOCKED""")
                .setParameter("now", now)
                .getResultList();
        if (due.isEmpty()) {
            return Optional.empty();
        }
        Notification notification = Notification.findById(due.get(0));
        notification.attempts++;
        notification.nextAttemptAt = schedule.leaseEnd(now);
        return Optional.of(OutgoingMail.of(notification));
    }

    /** Marks the notice delivered, now that the SMTP server took it, and tells the others, in one transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordDelivered(OutgoingMail mail) {
        // to the microsecond, as PostgreSQL keeps it: the event and the stored notice show the same instant
        Instant deliveredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Notification notification = locked(mail);
        if (notification.status != NotificationStatus.PENDING) {
            LOG.infof("Notice %s was already %s; this send was a repeat", notification.id, notification.status);
            return;
        }
        notification.status = NotificationStatus.DELIVERED;
        notification.deliveredAt = deliveredAt;
        notification.nextAttemptAt = null;
        outbox.append(notification.reportId, new NotificationDelivered(notification.id, notification.reportId,
                notification.recommendationId, notification.recipientRole.name(), notification.opdCode, CHANNEL,
                deliveredAt));
    }

    /** Schedules the next attempt with a longer wait, or gives up after the last one. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(OutgoingMail mail, String error) {
        Notification notification = locked(mail);
        if (notification.status != NotificationStatus.PENDING || notification.attempts != mail.attempt()) {
            LOG.infof("Ignoring the failure of attempt %d of notice %s: it is %s after %d attempts", mail.attempt(),
                    notification.id, notification.status, notification.attempts);
            return;
        }
        notification.lastError = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        if (schedule.exhausted(notification.attempts)) {
            notification.status = NotificationStatus.FAILED;
            notification.nextAttemptAt = null;
            LOG.errorf("Notice %s for report %s failed %d times and is given up: %s", notification.id,
                    notification.reportId, notification.attempts, error);
        } else {
            notification.nextAttemptAt = schedule.nextAttempt(notification.attempts, Instant.now());
            LOG.warnf("Attempt %d of notice %s failed, next at %s: %s", notification.attempts, notification.id,
                    notification.nextAttemptAt, error);
        }
    }

    private Notification locked(OutgoingMail mail) {
        return entityManager.find(Notification.class, mail.notificationId(), LockModeType.PESSIMISTIC_WRITE);
    }
}
