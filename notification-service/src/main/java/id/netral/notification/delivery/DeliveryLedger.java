package id.netral.notification.delivery;

import id.netral.notification.Notification;
import id.netral.notification.NotificationStatus;
import id.netral.notification.followup.AcknowledgementLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The database side of delivery: which notice a worker sends next, and what came of it. Each step is a short
 * transaction of its own, so no transaction and no row lock is held while the SMTP server is talked to.
 */
@ApplicationScoped
public class DeliveryLedger {
    private static final Logger LOG = Logger.getLogger(DeliveryLedger.class);
    private static final String ACK_LINK_TEXT = """

            Konfirmasi penerimaan pemberitahuan ini (tautan sekali pakai, berlaku sampai %s):
            %s
            """;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("id-ID")).withZone(ZoneId.of("Asia/Makassar"));

    @Inject
    EntityManager entityManager;
    @Inject
    DeliveryOutcomes outcomes;
    @Inject
    RetrySchedule schedule;
    @Inject
    Clock clock;
    @Inject
    AcknowledgementLinks links;
    @Inject
    DueRows dueRows;

    /** Claims the notice that has waited longest (see {@link DueRows#claimPending}). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<OutgoingMail> claimNext() {
        Instant now = clock.instant();
        return dueRows.claimPending(Notification.class, "notification", now, schedule.leaseEnd(now))
                .map(notification -> OutgoingMail.of(notification, links.linkFor(notification)
                        .map(link -> ACK_LINK_TEXT.formatted(DAY.format(links.expiry(notification)), link))
                        .orElse("")));
    }

    /** Marks the notice delivered, now that the SMTP server took it, and tells the others, in one transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordDelivered(OutgoingMail mail) {
        // to the microsecond, as PostgreSQL keeps it: the event and the stored notice show the same instant
        Instant deliveredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Notification notification = locked(mail);
        if (notification.status != NotificationStatus.PENDING) {
            LOG.infof("Notice %s was already %s; this send was a repeat", notification.id, notification.status);
            return;
        }
        notification.status = NotificationStatus.DELIVERED;
        notification.deliveredAt = deliveredAt;
        notification.nextAttemptAt = null;
        DeliveryAttempt.record(notification.id, Channel.EMAIL, mail.attempt(), deliveredAt, true, null);
        outcomes.delivered(notification, Channel.EMAIL, deliveredAt);
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
        notification.lastError = DeliveryAttempt.truncated(error);
        DeliveryAttempt.record(notification.id, Channel.EMAIL, mail.attempt(),
                clock.instant().truncatedTo(ChronoUnit.MICROS), false, error);
        if (schedule.exhausted(notification.attempts)) {
            notification.status = NotificationStatus.FAILED;
            notification.nextAttemptAt = null;
            LOG.errorf("Notice %s for report %s failed %d times and is given up: %s", notification.id,
                    notification.reportId, notification.attempts, error);
            outcomes.failed(notification, Channel.EMAIL, notification.lastError, clock.instant());
        } else {
            notification.nextAttemptAt = schedule.nextAttempt(notification.attempts, clock.instant());
            LOG.warnf("Attempt %d of notice %s failed, next at %s: %s", notification.attempts, notification.id,
                    notification.nextAttemptAt, error);
        }
    }

    private Notification locked(OutgoingMail mail) {
        return entityManager.find(Notification.class, mail.notificationId(), LockModeType.PESSIMISTIC_WRITE);
    }
}
