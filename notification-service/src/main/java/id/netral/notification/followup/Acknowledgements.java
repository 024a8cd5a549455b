package id.netral.notification.followup;

import id.netral.events.FollowUpRecorded;
import id.netral.events.NotificationAcknowledged;
import id.netral.kit.audit.AuditLog;
import id.netral.kit.outbox.Outbox;
import id.netral.kit.problem.Problem;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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
    /** Kota Kupang's zone, for the day a document is dated */
    @Inject
    ZoneId kupang;
    @Inject
    Procedure procedure;

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

    /**
     * Records one step of the procedure with its document, once per notice, after the notice was acknowledged and in
     * the order {@link Procedure} allows; a refused step changes nothing.
     */
    @Transactional
    public FollowUp record(UUID notificationId, FollowUpRequest request, String by) {
        Notification notification = locked(notificationId);
        if (notification.acknowledgedAt == null) {
            throw ProblemException.conflict("Notification " + notification.id + " is not acknowledged yet; "
                    + "acknowledge it before recording its follow-up");
        }
        FollowUpStep step = request.step();
        if (step.recordable()) {
            List<Problem.FieldError> missing = new ArrayList<>();
            if (request.documentNumber() == null || request.documentNumber().isBlank()) {
                missing.add(new Problem.FieldError("documentNumber", "is required: the number of the "
                        + step.document()));
            }
            if (request.documentDate() == null) {
                missing.add(new Problem.FieldError("documentDate", "is required: the date of the " + step.document()));
            } else if (request.documentDate().isAfter(LocalDate.now(clock))) {
                missing.add(new Problem.FieldError("documentDate", "must not be in the future"));
            }
            if (!missing.isEmpty()) {
                throw ProblemException.invalid(missing);
            }
        }
        Procedure.Case known = Procedure.Case.of(notification);
        LocalDate due = procedure.check(known, step, request.documentDate());
        FollowUp followUp = new FollowUp();
        followUp.id = UUID.randomUUID();
        followUp.notificationId = notification.id;
        followUp.step = step;
        followUp.note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        followUp.actor = actorOf(step, known);
        followUp.documentNumber = request.documentNumber().strip();
        followUp.documentDate = request.documentDate();
        followUp.dueDate = due;
        followUp.appealKind = step == FollowUpStep.OBJECTION_FILED
                ? procedure.appealKind(known.decision().orElseThrow()) : null;
        followUp.recordedBy = by;
        followUp.recordedAt = now();
        followUp.persist();
        audit.record("notification.follow-up." + step, "notification", notification.id);
        outbox.append(notification.reportId, new FollowUpRecorded(notification.id, notification.reportId,
                notification.recommendationId, notification.opdCode, step.name(), followUp.note, by,
                followUp.recordedAt, followUp.actor.name(), followUp.documentNumber, followUp.documentDate,
                followUp.dueDate, followUp.appealKind == null ? null : followUp.appealKind.name()));
        return followUp;
    }

    /**
     * The steps of the notice's procedure still to be taken, with their days. A reminder answers for the notice it
     * reminds of, where the steps are recorded; a copy or an escalation has no procedure of its own.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public StepsDueView stepsDue(Notification notice) {
        Notification answered = notice.reminderOf == null ? notice : Notification.findById(notice.reminderOf);
        LocalDate today = LocalDate.now(clock);
        if (answered == null || !answered.kind.answeredByHead() || answered.recipientRole != RecipientRole.OPD_HEAD) {
            return new StepsDueView(today, List.of());
        }
        return StepsDueView.of(today, procedure.stepsDue(Procedure.Case.of(answered)));
    }

    /** The examination of a heavy case is the team's, not the superior's alone. */
    private static ProcedureActor actorOf(FollowUpStep step, Procedure.Case known) {
        return step == FollowUpStep.EXAMINED && known.done(FollowUpStep.EXAMINATION_TEAM_FORMED).isPresent()
                ? ProcedureActor.EXAMINATION_TEAM : step.actor();
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
