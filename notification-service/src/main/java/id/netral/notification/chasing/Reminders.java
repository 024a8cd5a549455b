package id.netral.notification.chasing;

import id.netral.notification.Notification;
import id.netral.notification.NotificationKind;
import id.netral.notification.delivery.DueRows;
import id.netral.notification.delivery.NoticeQueue;
import id.netral.notification.directory.Opd;
import id.netral.notification.message.ChasingLetters;
import id.netral.notification.message.Letterhead;
import id.netral.notification.message.OfficialLetters;
import id.netral.notification.message.SanctionNotice;
import id.netral.notification.recipient.Addressee;
import id.netral.notification.recommendation.ReceivedRecommendation;
import id.netral.notification.recipient.Recipients;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Reminds OPD heads who have not acknowledged a delivered notice. Each reminder is written in the transaction that
 * claims its notice with SKIP LOCKED and moves the notice's next reminder on, so replicas running side by side never
 * write the same reminder twice (and a unique index on notice and number would refuse it if they tried). The same
 * poll chases the steps of the procedure past their day ({@link StepChases}).
 */
@ApplicationScoped
public class Reminders {
    private static final Logger LOG = Logger.getLogger(Reminders.class);

    @Inject
    DueRows dueRows;
    @Inject
    Clock clock;
    /** Kota Kupang's zone, for the days a letter names */
    @Inject
    ZoneId kupang;
    @Inject
    ReminderSchedule schedule;
    @Inject
    NoticeQueue queue;
    @Inject
    EntityManager entityManager;
    @Inject
    OfficialLetters letters;
    @Inject
    StepChases steps;

    /**
     * The PPK decided: the head has nothing left to be reminded of, and the leadership nothing to be told is overdue.
     * No reminder is written any more, and every reminder or escalation not yet delivered is cancelled, kept with the
     * reason. Runs in the consumer's transaction, with the inbox entry of the decision.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void stop(UUID recommendationId) {
        // first the notices, which waits for a reminder being written right now (it holds its notice's row): the
        // cancelling below, a statement of its own, then sees that reminder too
        int stopped = Notification.update("nextReminderAt = null where recommendationId = ?1 "
                + "and nextReminderAt is not null", recommendationId);
        int cancelled = 0;
        for (Notification chasing : entityManager.createQuery("from Notification where recommendationId = :id "
                        + "and kind in (:kinds) order by createdAt", Notification.class)
                .setParameter("id", recommendationId)
                .setParameter("kinds", List.of(NotificationKind.REMINDER, NotificationKind.ESCALATION,
                        // the summons' letters: the decision's delivery is chased only after it
                        NotificationKind.STEP_REMINDER, NotificationKind.STEP_ESCALATION))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()) {
            if (queue.cancel(chasing, "The PPK decided before this " + chasing.kind.name().toLowerCase(Locale.ROOT)
                    + " was delivered; it is no longer needed")) {
                cancelled++;
            }
        }
        LOG.infof("Recommendation %s decided: reminders of %d notice(s) stopped, %d reminder(s) or escalation(s) "
                + "not yet delivered cancelled", recommendationId, stopped, cancelled);
    }

    @Scheduled(every = "${netral.notification.reminder.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void remindDue() {
        try {
            while (remindNext().isPresent()) {
                // one reminder per transaction, until none is due
            }
            while (steps.chaseNext().isPresent()) {
                // one overdue step per transaction, until none is due
            }
        } catch (RuntimeException e) {
            LOG.warnf("Reminders paused, will retry on the next poll: %s", e.getMessage());
        }
    }

    /**
     * Writes the next due reminder; empty when none is due. A notice whose office was dissolved is given no more
     * reminders, and is what comes back then.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Notification> remindNext() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Optional<UUID> due = dueRows.lockNext("notification", "next_reminder_at",
                "kind = 'NOTICE' AND status = 'DELIVERED' AND acknowledged_at IS NULL", now);
        if (due.isEmpty()) {
            return Optional.empty();
        }
        Notification notice = Notification.findById(due.get());
        Optional<Opd> office = officeOfHead(notice);
        if (office.isEmpty()) {
            // a dissolved office receives nothing new; an admin routes the case to the office that took it over
            notice.nextReminderAt = null;
            LOG.warnf("No reminder of notice %s for report %s: its office %s is dissolved", notice.id,
                    notice.reportId, notice.recipientOffice);
            return Optional.of(notice);
        }
        notice.remindersSent++;
        notice.nextReminderAt = schedule.after(notice.remindersSent, now);

        Notification reminder = Notification.draftLike(notice, notice.recipientRole, NotificationKind.REMINDER, now);
        reminder.reminderOf = notice.id;
        reminder.reminderNumber = notice.remindersSent;
        // to the head in office now, never the accused: the head may have changed since the notice went
        Addressee addressee = Recipients.of(office.get(), notice.accusedEmployeeId, now);
        String addressedTo = addressee instanceof Addressee.Head head ? head.head().title() : office.get().headTitle;
        Letterhead letterhead = letters.heading(notice.reportId, now, ChasingLetters.REMINDER_HAL,
                "1 (satu) salinan surat semula, dikutip di bawah", notice.accusedEmployeeId);
        reminder.letterNumber = letterhead.number();
        SanctionNotice.Message message = ChasingLetters.reminder(letterhead, addressedTo, reminder.reminderNumber,
                schedule.max(), LocalDate.ofInstant(notice.createdAt, kupang), notice.letterNumber,
                letters.legalBasis(ReceivedRecommendation.of(notice.recommendationId)),
                new SanctionNotice.Message(notice.subject, notice.body));
        reminder.subject = message.subject();
        reminder.body = message.body();
        if (queue.send(reminder, addressee)) {
            Addressee.Head head = (Addressee.Head) addressee;
            LOG.infof("Reminder %d of notice %s for report %s queued to %s%s", reminder.reminderNumber, notice.id,
                    notice.reportId, head.office().code, head.redirected()
                            ? ", the superior's office: the accused heads " + head.insteadOf().code : "");
        } else {
            // the accused heads an office with no superior in the directory (the PPK's): kept for an admin, the last
            notice.nextReminderAt = null;
        }
        return Optional.of(reminder);
    }

    /**
     * The office whose head answers for the notice now: the accused's OPD, so that a head who left it (the accused,
     * whose notice went to the superior) blocks nobody and their successor is reminded; the office the notice went to
     * when the OPD is not in the directory or dissolved (an admin addressed it to the office that took over). Empty
     * when that is dissolved too.
     */
    static Optional<Opd> officeOfHead(Notification notice) {
        return Opd.byCode(notice.opdCode).filter(opd -> !opd.dissolved())
                .or(() -> Optional.ofNullable(notice.recipientOffice).map(code -> Opd.<Opd>findById(code))
                        .filter(opd -> !opd.dissolved()));
    }
}
