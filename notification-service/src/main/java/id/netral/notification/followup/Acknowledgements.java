package id.netral.notification.followup;

import id.netral.events.FollowUpRecorded;
import id.netral.events.NotificationAcknowledged;
import id.netral.kit.audit.AuditLog;
import id.netral.kit.outbox.Outbox;
import id.netral.kit.problem.ProblemException;
import id.netral.notification.Notification;
import id.netral.notification.RecipientRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The OPD head's acknowledgement of a notice and the follow-up steps: each stored, audited and told to the others
 * (report-service puts them on the case's timeline) in one transaction. The notice row is locked while it changes, so
 * two acknowledgements at once give one event.
 */
@ApplicationScoped
public class Acknowledgements {
    @Inject
    EntityManager entityManager;
    @Inject
    Outbox outbox;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;

    /**
     * @param by who acknowledged: the token subject, or {@code signed-link}
     * @return the notice, acknowledged now or earlier (a second acknowledgement changes nothing)
     */
    @Transactional
    public Notification acknowledge(UUID notificationId, String by) {
        Notification notification = locked(notificationId);
        if (notification.acknowledgedAt != null) {
            return notification;
        }
        notification.acknowledgedAt = now();
        notification.acknowledgedBy = by;
        // the head answered: no more reminders
        notification.nextReminderAt = null;
        audit.record("notification.acknowledged", "notification", notification.id);
        outbox.append(notification.reportId, new NotificationAcknowledged(notification.id, notification.reportId,
                notification.recommendationId, notification.opdCode, by, notification.acknowledgedAt));
        return notification;
    }

    /** Records one step; each step once per notice, and only after the notice was acknowledged. */
    @Transactional
    public FollowUp record(UUID notificationId, FollowUpStep step, String note, String by) {
        Notification notification = locked(notificationId);
        if (notification.acknowledgedAt == null) {
            throw ProblemException.conflict("Notification " + notification.id + " is not acknowledged yet; "
                    + "acknowledge it before recording its follow-up");
        }
        if (FollowUp.exists(notification.id, step)) {
            throw ProblemException.conflict("Step " + step + " is already recorded on notification "
                    + notification.id);
        }
        FollowUp followUp = new FollowUp();
        followUp.id = UUID.randomUUID();
        followUp.notificationId = notification.id;
        followUp.step = step;
        followUp.note = note == null || note.isBlank() ? null : note.strip();
        followUp.recordedBy = by;
        followUp.recordedAt = now();
        followUp.persist();
        audit.record("notification.follow-up." + step, "notification", notification.id);
        outbox.append(notification.reportId, new FollowUpRecorded(notification.id, notification.reportId,
                notification.recommendationId, notification.opdCode, step.name(), followUp.note, by,
                followUp.recordedAt));
        return followUp;
    }

    /**
     * Only the notice to the OPD head is answered by the OPD head; escalations are not. Answering a reminder answers
     * the notice it reminds of.
     */
    private Notification locked(UUID notificationId) {
        Notification notification = entityManager.find(Notification.class, notificationId,
                LockModeType.PESSIMISTIC_WRITE);
        if (notification.reminderOf != null) {
            notification = entityManager.find(Notification.class, notification.reminderOf,
                    LockModeType.PESSIMISTIC_WRITE);
        }
        if (!notification.kind.answeredByHead()) {
            throw ProblemException.conflict("Notification " + notificationId + " is " + notification.kind
                    + "; the OPD head acknowledges and follows up the notice itself");
        }
        if (notification.recipientRole != RecipientRole.OPD_HEAD) {
            throw ProblemException.conflict("Notification " + notificationId + " went to the "
                    + notification.recipientRole + ", not to an OPD head; only an OPD head's notice is acknowledged");
        }
        return notification;
    }

    // to the microsecond, as PostgreSQL keeps it: the event and the stored row show the same instant
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
