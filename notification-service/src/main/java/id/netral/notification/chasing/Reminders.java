package id.netral.notification.chasing;

import id.netral.notification.Notification;
import id.netral.notification.NotificationKind;
import id.netral.notification.delivery.DueRows;
import id.netral.notification.delivery.NoticeQueue;
import id.netral.notification.directory.Opd;
import id.netral.notification.message.ChasingLetters;
import id.netral.notification.message.SanctionNotice;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * Reminds OPD heads who have not acknowledged a delivered notice. Each reminder is written in the transaction that
 * claims its notice with SKIP LOCKED and moves the notice's next reminder on, so replicas running side by side never
 * write the same reminder twice (and a unique index on notice and number would refuse it if they tried).
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

    /**
     * The PPK decided: the head has nothing left to be reminded of. Runs in the consumer's transaction, with the inbox
     * entry of the decision.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void stop(UUID recommendationId) {
        int stopped = Notification.update("nextReminderAt = null where recommendationId = ?1 "
                + "and nextReminderAt is not null", recommendationId);
        LOG.infof("Recommendation %s decided: reminders of %d notice(s) stopped", recommendationId, stopped);
    }

    @Scheduled(every = "${netral.notification.reminder.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void remindDue() {
        try {
            while (remindNext().isPresent()) {
                // one reminder per transaction, until none is due
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
        Opd office = Opd.findById(notice.recipientOffice);
        if (office == null || office.dissolved()) {
            // a dissolved office receives nothing new; an admin routes the case to the office that took it over
            notice.nextReminderAt = null;
            LOG.warnf("No reminder of notice %s for report %s: its office %s is dissolved", notice.id,
                    notice.reportId, notice.recipientOffice);
            return Optional.of(notice);
        }
        notice.remindersSent++;
        notice.nextReminderAt = schedule.after(notice.remindersSent, now);

        Notification reminder = Notification.draft(notice.recommendationId, notice.reportId, notice.recipientRole,
                notice.opdCode, NotificationKind.REMINDER, now);
        reminder.reminderOf = notice.id;
        reminder.reminderNumber = notice.remindersSent;
        // to the head in office now, by the office's channels now: the head may have changed since the notice went
        SanctionNotice.Message message = ChasingLetters.reminder(office.headTitle, reminder.reminderNumber,
                schedule.max(), LocalDate.ofInstant(notice.createdAt, kupang), notice.id, new SanctionNotice.Message(notice.subject, notice.body),
                notice.reportId, reminder.id);
        reminder.subject = message.subject();
        reminder.body = message.body();
        queue.queueTo(reminder, office);
        LOG.infof("Reminder %d of notice %s for report %s queued", reminder.reminderNumber, notice.id,
                notice.reportId);
        return Optional.of(reminder);
    }
}
