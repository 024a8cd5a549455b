package id.netral.notification.recommendation;

import id.netral.events.SanctionRecommended;
import id.netral.kit.problem.ProblemException;
import id.netral.notification.FailureCategory;
import id.netral.notification.Notification;
import id.netral.notification.NotificationKind;
import id.netral.notification.NotificationStatus;
import id.netral.notification.RecipientRole;
import id.netral.notification.chasing.ReminderSchedule;
import id.netral.notification.delivery.Channel;
import id.netral.notification.delivery.DeliveryOutcomes;
import id.netral.notification.delivery.NoticeQueue;
import id.netral.notification.directory.Opd;
import id.netral.notification.directory.StandingRecipient;
import id.netral.notification.message.SanctionNotice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Writes the notices of a recommendation: to the head of the accused's OPD, and a copy (tembusan) to each standing
 * recipient in copy (the PPK, BKPPD, the Inspectorate), each addressed to its own office and channels. It only stores
 * them: sending is the delivery worker's job after the commit, because SMTP cannot take part in the transaction and a
 * redelivered event must not send a second mail.
 */
@ApplicationScoped
public class RecommendationNotices {
    private static final Logger LOG = Logger.getLogger(RecommendationNotices.class);

    @Inject
    NoticeQueue queue;
    @Inject
    DeliveryOutcomes outcomes;
    @Inject
    Clock clock;
    @Inject
    ReminderSchedule reminders;

    /** Runs in the consumer's transaction, together with the inbox entry of the event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void open(SanctionRecommended recommended) {
        if (Notification.exists(recommended.recommendationId(), RecipientRole.OPD_HEAD, NotificationKind.NOTICE)) {
            // another event about the same recommendation (the inbox only knows event ids): everyone was told once
            LOG.infof("Recommendation %s was already notified; nothing new to send", recommended.recommendationId());
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ReceivedRecommendation.keep(recommended, now);
        Optional<Opd> opd = Opd.byCode(recommended.accused().opdCode());
        String accused = recommended.accused().employeeId();
        // a recipient in copy whose head is the accused is not told of their own case
        List<StandingRecipient> copies = StandingRecipient.inCopy().stream()
                .filter(copy -> !copy.office().headedBy(accused)).toList();
        List<String> copiedTo = copiedTo(copies);
        boolean accusedIsHead = opd.filter(office -> !office.dissolved() && office.headedBy(accused)).isPresent();
        // the accused's superior acts when the accused heads the OPD: never the accused
        Optional<Opd> addressee = accusedIsHead ? StandingRecipient.superiorOf(opd.get()) : opd;

        Notification notice = draft(recommended, RecipientRole.OPD_HEAD, now);
        write(notice, recommended, opd.orElse(null), addressee.orElse(null), copiedTo, null);
        if (accusedIsHead && addressee.isEmpty()) {
            undeliverable(notice, FailureCategory.OFFICE_NOT_IN_DIRECTORY, "The accused heads " + notice.opdCode
                    + " and no superior office (SEKDA, or PPK for the Sekda) is a standing recipient; notify the "
                    + "superior by hand");
        } else if (opd.isEmpty()) {
            undeliverable(notice, FailureCategory.OFFICE_NOT_IN_DIRECTORY, "OPD code " + notice.opdCode
                    + " is not in the OPD directory, so there is no address for its head; add the OPD to the "
                    + "directory and notify by hand");
        } else if (opd.get().dissolved()) {
            undeliverable(notice, FailureCategory.OFFICE_DISSOLVED, "OPD " + notice.opdCode + " was dissolved on "
                    + opd.get().dissolvedAt + "; find the accused's current office and notify its head by hand");
        } else {
            notice.nextReminderAt = reminders.firstReminder(notice.createdAt);
            queue.queueTo(notice, addressee.get());
            if (accusedIsHead) {
                LOG.infof("Notice %s for report %s goes to %s: the accused heads %s", notice.id, notice.reportId,
                        addressee.get().code, notice.opdCode);
            }
        }
        // the copies go also when the head cannot be reached: the PPK and BKPPD then know a case waits for them
        for (StandingRecipient copy : copies) {
            Notification copyNotice = draft(recommended, copy.role, now);
            Opd office = copy.office();
            write(copyNotice, recommended, opd.orElse(null), addressee.orElse(null), copiedTo, office.headTitle);
            queue.queueTo(copyNotice, office);
        }
    }

    /**
     * Writes an UNDELIVERABLE notice to an OPD head again, for the office an admin names now that the directory has
     * it (the OPD added, or the office that took over a dissolved one), and queues it as if it were new: the head gets
     * a letter addressed to them, with a fresh acknowledgement link and reminders counted from now.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Notification readdress(Notification notice, Opd office) {
        if (notice.status != NotificationStatus.UNDELIVERABLE) {
            throw ProblemException.conflict("Notification " + notice.id + " is " + notice.status
                    + "; only an UNDELIVERABLE notice is addressed again");
        }
        if (office.dissolved()) {
            throw ProblemException.conflict("OPD " + office.code + " was dissolved on " + office.dissolvedAt);
        }
        SanctionRecommended recommended = ReceivedRecommendation.of(notice.recommendationId).orElseThrow(() ->
                ProblemException.conflict("The recommendation of notification " + notice.id + " arrived before "
                        + "recommendations were kept; it cannot be written again, notify the head by hand"));
        notice.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        write(notice, recommended, office, office, copiedTo(StandingRecipient.inCopy()), null);
        notice.undeliverableReason = null;
        notice.nextReminderAt = reminders.firstReminder(notice.createdAt);
        queue.queueTo(notice, office);
        LOG.infof("Notice %s for report %s addressed again, to the head of %s", notice.id, notice.reportId,
                office.code);
        return notice;
    }

    private static List<String> copiedTo(List<StandingRecipient> copies) {
        return copies.stream().map(copy -> copy.office().headTitle).toList();
    }

    private static Notification draft(SanctionRecommended recommended, RecipientRole role, Instant now) {
        return Notification.draft(recommended.recommendationId(), recommended.reportId(), role,
                recommended.accused().opdCode(), NotificationKind.NOTICE, now);
    }

    private static void write(Notification notification, SanctionRecommended recommended, Opd opd, Opd addressee,
                              List<String> copiedTo, String copyFor) {
        SanctionNotice.Message message = SanctionNotice.write(notification.id, recommended, opd, addressee, copiedTo,
                copyFor);
        notification.subject = message.subject();
        notification.body = message.body();
    }

    /** Not an error of the event: the directory is incomplete. The notice is kept so an admin sees the gap. */
    private void undeliverable(Notification notice, FailureCategory category, String reason) {
        notice.status = NotificationStatus.UNDELIVERABLE;
        notice.undeliverableReason = reason;
        notice.lastFailureCategory = category;
        LOG.warnf("Notice %s for report %s is undeliverable: %s", notice.id, notice.reportId, reason);
        notice.persist();
        outcomes.failed(notice, Channel.EMAIL, category, notice.createdAt);
    }
}
