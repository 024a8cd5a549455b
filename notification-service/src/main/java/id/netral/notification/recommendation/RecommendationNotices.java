package id.netral.notification.recommendation;

import id.netral.events.SanctionRecommended;
import id.netral.notification.CopyAddress;
import id.netral.notification.Notification;
import id.netral.notification.NotificationStatus;
import id.netral.notification.RecipientRole;
import id.netral.notification.delivery.NotificationQueued;
import id.netral.notification.directory.CopyRecipient;
import id.netral.notification.directory.Opd;
import id.netral.notification.message.SanctionNotice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Writes the notice of a recommendation to the head of the accused's OPD, with the PPK, BKPPD and the Inspectorate
 * in copy. It only stores the notice: sending is the delivery worker's job after the commit, because SMTP cannot take
 * part in the transaction and a redelivered event must not send a second mail.
 */
@ApplicationScoped
public class RecommendationNotices {
    private static final Logger LOG = Logger.getLogger(RecommendationNotices.class);

    @Inject
    Event<NotificationQueued> queued;

    /** Runs in the consumer's transaction, together with the inbox entry of the event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void open(SanctionRecommended recommended) {
        if (Notification.exists(recommended.recommendationId(), RecipientRole.OPD_HEAD)) {
            // another event about the same recommendation (the inbox only knows event ids): the head was told once
            LOG.infof("Recommendation %s was already notified; nothing new to send", recommended.recommendationId());
            return;
        }
        Opd opd = Opd.findById(recommended.accused().opdCode());
        List<CopyRecipient> copies = CopyRecipient.inLetterOrder();

        Notification notification = new Notification();
        notification.id = UUID.randomUUID();
        notification.recommendationId = recommended.recommendationId();
        notification.reportId = recommended.reportId();
        notification.recipientRole = RecipientRole.OPD_HEAD;
        notification.opdCode = recommended.accused().opdCode();
        notification.createdAt = Instant.now();
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
        } else {
            notification.recipientAddress = opd.headEmail;
            notification.status = NotificationStatus.PENDING;
            notification.nextAttemptAt = notification.createdAt;
        }
        notification.persist();
        if (notification.status == NotificationStatus.PENDING) {
            queued.fire(new NotificationQueued(notification.id));
        }
    }
}
