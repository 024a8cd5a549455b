package id.netral.notification.recommendation;

import id.netral.events.SanctionRecommended;
import id.netral.kit.problem.ProblemException;
import id.netral.notification.FailureCategory;
import id.netral.notification.Notification;
import id.netral.notification.NotificationKind;
import id.netral.notification.NotificationStatus;
import id.netral.notification.RecipientRole;
import id.netral.notification.chasing.ReminderSchedule;
import id.netral.notification.chasing.StepChases;
import id.netral.notification.delivery.NoticeQueue;
import id.netral.notification.directory.Opd;
import id.netral.notification.directory.StandingRecipient;
import id.netral.notification.message.Letterhead;
import id.netral.notification.message.OfficialLetters;
import id.netral.notification.message.SanctionNotice;
import id.netral.notification.recipient.Addressee;
import id.netral.notification.recipient.HeadInOffice;
import id.netral.notification.recipient.Recipients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    Clock clock;
    @Inject
    ReminderSchedule reminders;
    @Inject
    OfficialLetters letters;
    @Inject
    StepChases steps;

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
        // the accused's superior acts when the accused heads the OPD: never the accused (see Recipients)
        Optional<Addressee> toHead = opd.filter(office -> !office.dissolved())
                .map(office -> Recipients.of(office, accused, now));
        Optional<Opd> addressee = toHead.filter(Addressee.Head.class::isInstance).map(Addressee.Head.class::cast)
                .map(Addressee.Head::office);
        // a copy to an office the accused heads goes to its superior, unless the superior is told already
        Map<StandingRecipient, Opd> inCopy = new LinkedHashMap<>();
        StandingRecipient.inCopy().forEach(copy -> inCopy.put(copy, copy.office()));
        Map<StandingRecipient, Addressee> copies = Recipients.together(inCopy, accused, now,
                addressee.map(office -> Set.of(office.code)).orElse(Set.of()));
        List<String> copiedTo = copiedTo(copies.values());

        Notification notice = draft(recommended, RecipientRole.OPD_HEAD, now);
        write(notice, recommended, opd.orElse(null), addressee.orElse(null), copiedTo, null);
        if (opd.isEmpty()) {
            queue.undeliverable(notice, FailureCategory.OFFICE_NOT_IN_DIRECTORY, "OPD code " + notice.opdCode
                    + " is not in the OPD directory, so there is no address for its head; add the OPD to the "
                    + "directory and notify by hand");
        } else if (opd.get().dissolved()) {
            queue.undeliverable(notice, FailureCategory.OFFICE_DISSOLVED, "OPD " + notice.opdCode
                    + " was dissolved on " + opd.get().dissolvedAt + "; find the accused's current office and notify "
                    + "its head by hand");
        } else if (addressee.isEmpty()) {
            queue.undeliverable(notice, FailureCategory.OFFICE_NOT_IN_DIRECTORY,
                    ((Addressee.NoOneElse) toHead.get()).reason());
        } else {
            notice.nextReminderAt = reminders.firstReminder(notice.createdAt);
            queue.queueTo(notice, addressee.get());
            steps.watchSummons(notice, Optional.of(recommended));
            if (!addressee.get().code.equals(notice.opdCode)) {
                LOG.infof("Notice %s for report %s goes to %s: the accused heads %s", notice.id, notice.reportId,
                        addressee.get().code, notice.opdCode);
            }
        }
        // the copies go also when the head cannot be reached: the PPK and BKPPD then know a case waits for them
        copies.forEach((copy, to) -> {
            Notification copyNotice = draft(recommended, copy.role, now);
            write(copyNotice, recommended, opd.orElse(null), addressee.orElse(null), copiedTo,
                    to instanceof Addressee.Head head ? head.head().title() : copy.office().headTitle);
            queue.send(copyNotice, to);
        });
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
        if (notice.recipientRole != RecipientRole.OPD_HEAD || notice.kind != NotificationKind.NOTICE) {
            throw ProblemException.conflict("Notification " + notice.id + " is not a notice to an OPD head; only "
                    + "such a notice is addressed again, the others are told by hand");
        }
        if (office.dissolved()) {
            throw ProblemException.conflict("OPD " + office.code + " was dissolved on " + office.dissolvedAt);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (HeadInOffice.of(office, now).is(notice.accusedEmployeeId)) {
            throw ProblemException.conflict("The head of " + office.code + " is the civil servant the case is about; "
                    + "address the notice to their superior's office");
        }
        SanctionRecommended recommended = ReceivedRecommendation.of(notice.recommendationId).orElseThrow(() ->
                ProblemException.conflict("The recommendation of notification " + notice.id + " arrived before "
                        + "recommendations were kept; it cannot be written again, notify the head by hand"));
        notice.createdAt = now;
        write(notice, recommended, office, office, copiedTo(Recipients.together(StandingRecipient.inCopy().stream()
                .collect(LinkedHashMap::new, (map, copy) -> map.put(copy, copy.office()), Map::putAll),
                notice.accusedEmployeeId, now, Set.of(office.code)).values()), null);
        notice.undeliverableReason = null;
        notice.nextReminderAt = reminders.firstReminder(notice.createdAt);
        queue.queueTo(notice, office);
        steps.watchSummons(notice, Optional.of(recommended));
        LOG.infof("Notice %s for report %s addressed again, to the head of %s", notice.id, notice.reportId,
                office.code);
        return notice;
    }

    /** The titles a letter names in its "Tembusan": the heads the copies go to, never one withheld. */
    private static List<String> copiedTo(Collection<Addressee> copies) {
        return copies.stream().filter(Addressee.Head.class::isInstance).map(Addressee.Head.class::cast)
                .map(head -> head.head().title()).toList();
    }

    private static Notification draft(SanctionRecommended recommended, RecipientRole role, Instant now) {
        Notification notice = Notification.draft(recommended.recommendationId(), recommended.reportId(), role,
                recommended.accused().opdCode(), NotificationKind.NOTICE, now);
        notice.accusedEmployeeId = recommended.accused().employeeId();
        return notice;
    }

    private void write(Notification notification, SanctionRecommended recommended, Opd opd, Opd addressee,
                       List<String> copiedTo, String copyFor) {
        Letterhead head = letters.heading(recommended.reportId(), notification.createdAt, SanctionNotice.HAL, "-",
                recommended.accused().employeeId());
        notification.letterNumber = head.number();
        SanctionNotice.Message message = SanctionNotice.write(head, recommended, opd, addressee, copiedTo, copyFor,
                letters.perwali());
        notification.subject = message.subject();
        notification.body = message.body();
    }
}
