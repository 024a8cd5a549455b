package id.netral.notification.recommendation;

import id.netral.events.SanctionRecommended;
import id.netral.notification.CopyAddress;
import id.netral.notification.Notification;
import id.netral.notification.NotificationStatus;
import id.netral.notification.RecipientRole;
import id.netral.kit.outbox.Outbox;
import id.netral.notification.NotificationKind;
import id.netral.notification.chasing.ReminderSchedule;
import id.netral.notification.delivery.Channel;
import id.netral.notification.delivery.DeliveryLedger;
import id.netral.notification.delivery.NoticeQueue;
import id.netral.notification.directory.CopyRecipient;
import id.netral.notification.directory.Opd;
import id.netral.notification.message.SanctionNotice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Writes the notice of a recommendation to the head of the accused's OPD, with the PPK, BKPPD and the Inspectorate
 * in copy. It only stores the notice: sending is the delivery worker's job after the commit, because SMTP cannot take
 * part in the transaction and a redelivered event must not send a second mail.
 */
@ApplicationScoped
public class RecommendationNotices {
    private static final Logger LOG = Logger.getLogger(RecommendationNotices.class);

    @Inject
    NoticeQueue queue;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    ReminderSchedule reminders;

    /** Runs in the consumer's transaction, together with the inbox entry of the event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void open(SanctionRecommended recommended) {
        if (Notification.exists(recommended.recommendationId(), RecipientRole.OPD_HEAD, NotificationKind.NOTICE)) {
            // another event about the same recommendation (the inbox only knows event ids): the head was told once
            LOG.infof("Recommendation %s was already notified; nothing new to send", recommended.recommendationId());
            return;
        }
        Opd opd = Opd.findById(recommended.accused().opdCode());
        List<CopyRecipient> copies = CopyRecipient.inLetterOrder();

        Notification notification = Notification.draft(recommended.recommendationId(), recommended.reportId(),
                RecipientRole.OPD_HEAD, recommended.accused().opdCode(), NotificationKind.NOTICE,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        copies.forEach(copy -> notification.copies.add(new CopyAddress(copy.role, copy.email)));
        SanctionNotice.Message message = SanctionNotice.write(notification.id, recommended, opd, copies);
        notification.subject = message.subject();
        notification.body = message.body();

        if (opd == null) {
            // not an error of the event: the directory is incomplete. Keep the notice so an admin sees the gap.
            notification.status = NotificationStatus.UNDELIVERABLE;
            notification.undeliverableReason = "OPD code " + notification.opdCode + " is not in the OPD directory, "
                    + "so there is no address for its head; add the OPD to the directory and notify by hand";
            LOG.warnf("Notice %s for report %s is undeliverable: OPD %s is not in the directory", notification.id,
                    notification.reportId, notification.opdCode);
            notification.persist();
            outbox.append(notification.reportId, DeliveryLedger.failed(notification, Channel.EMAIL.name(),
                    notification.undeliverableReason, notification.createdAt));
            return;
        }
        notification.nextReminderAt = reminders.firstReminder(notification.createdAt);
        queue.queueToHead(notification, opd);
    }
}
