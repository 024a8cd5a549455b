package id.netral.notification.chasing;

import id.netral.events.SanctionOverdue;
import id.netral.notification.Notification;
import id.netral.notification.NotificationKind;
import id.netral.notification.RecipientRole;
import id.netral.notification.delivery.NoticeQueue;
import id.netral.notification.directory.Opd;
import id.netral.notification.directory.StandingRecipient;
import id.netral.notification.followup.FollowUp;
import id.netral.notification.message.ChasingLetters;
import id.netral.notification.message.LegalBasis;
import id.netral.notification.message.Letterhead;
import id.netral.notification.message.OfficialLetters;
import id.netral.notification.message.SanctionNotice;
import id.netral.notification.recipient.Addressee;
import id.netral.notification.recommendation.ReceivedRecommendation;
import id.netral.notification.recipient.Recipients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/**
 * A recommendation past the PPK's due date (sanction-service's SanctionOverdue) goes to the PPK, the Sekda and BKPPD,
 * each a notice of its own to the office that fills the role, by its channels, with where the OPD head's
 * follow-up stands. Once per recipient and recommendation.
 */
@ApplicationScoped
public class Escalations {
    private static final Logger LOG = Logger.getLogger(Escalations.class);
    /** In the order a letter to the city's leadership lists them. */
    static final List<RecipientRole> RECIPIENTS = List.of(RecipientRole.PPK, RecipientRole.SEKDA, RecipientRole.BKPPD);

    @Inject
    Clock clock;
    /** Kota Kupang's zone, for the days a letter names */
    @Inject
    ZoneId kupang;
    @Inject
    NoticeQueue queue;
    @Inject
    OfficialLetters letters;

    /**
     * Runs in the consumer's transaction, together with the inbox entry of the event. Each escalation goes to the head
     * in office now of the role's office; where that head is the accused, to their superior, once (see
     * {@link Recipients}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void escalate(SanctionOverdue overdue) {
        Optional<Notification> notice = Notification.noticeToHead(overdue.recommendationId());
        String opd = Opd.byCode(overdue.opdCode()).map(o -> o.name + " (" + o.code + ")").orElse(overdue.opdCode());
        List<String> followUps = notice.map(n -> FollowUp.ofNotification(n.id).stream()
                .map(step -> ChasingLetters.followUp(step.step.name())).toList()).orElse(List.of());
        String accused = Notification.accusedOf(overdue.recommendationId()).orElse(null);
        if (accused == null) {
            LOG.warnf("Overdue recommendation %s: no notice names the accused, so no head can be matched to them",
                    overdue.recommendationId());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LegalBasis.Statement legal = letters.legalBasis(ReceivedRecommendation.of(overdue.recommendationId()));
        Map<RecipientRole, Opd> offices = new LinkedHashMap<>();
        Set<String> reached = new HashSet<>();
        for (RecipientRole role : RECIPIENTS) {
            Optional<StandingRecipient> recipient = StandingRecipient.of(role);
            if (recipient.isEmpty()) {
                LOG.errorf("No %s in the standing recipients: overdue recommendation %s is not escalated to them",
                        role, overdue.recommendationId());
            } else if (Notification.exists(overdue.recommendationId(), role, NotificationKind.ESCALATION)) {
                // escalated before (another event marking it overdue): that one's office counts as told
                Notification.<Notification>find("recommendationId = ?1 and recipientRole = ?2 and kind = ?3",
                                overdue.recommendationId(), role, NotificationKind.ESCALATION).firstResultOptional()
                        .map(earlier -> earlier.recipientOffice).ifPresent(reached::add);
            } else {
                offices.put(role, recipient.get().office());
            }
        }
        Recipients.together(offices, accused, now, reached).forEach((role, addressee) -> {
            Notification escalation = Notification.draft(overdue.recommendationId(), overdue.reportId(), role,
                    overdue.opdCode(), NotificationKind.ESCALATION, now);
            escalation.accusedEmployeeId = accused;
            String addressedTo = addressee instanceof Addressee.Head head ? head.head().title()
                    : offices.get(role).headTitle;
            Letterhead letterhead = letters.heading(overdue.reportId(), now, ChasingLetters.ESCALATION_HAL,
                    notice.isPresent() ? "1 (satu) salinan surat kepada pimpinan OPD, dikutip di bawah" : "-", accused);
            escalation.letterNumber = letterhead.number();
            SanctionNotice.Message message = ChasingLetters.escalation(letterhead, addressedTo, opd,
                    overdue.ppkDueDate(), notice.map(n -> n.acknowledgedAt).map(at -> LocalDate.ofInstant(at, kupang))
                            .orElse(null), followUps, legal,
                    notice.map(n -> new SanctionNotice.Message(n.subject, n.body)).orElse(null));
            escalation.subject = message.subject();
            escalation.body = message.body();
            queue.send(escalation, addressee);
        });
    }
}
