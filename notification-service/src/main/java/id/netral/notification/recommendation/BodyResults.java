package id.netral.notification.recommendation;

import id.netral.events.BodyResultRecorded;
import id.netral.events.SanctionRecommended;
import id.netral.notification.Notification;
import id.netral.notification.NotificationKind;
import id.netral.notification.RecipientRole;
import id.netral.notification.delivery.NoticeQueue;
import id.netral.notification.directory.Opd;
import id.netral.notification.directory.StandingRecipient;
import id.netral.notification.message.BodyResultLetter;
import id.netral.notification.message.Letterhead;
import id.netral.notification.message.OfficialLetters;
import id.netral.notification.message.SanctionNotice;
import id.netral.notification.recipient.Addressee;
import id.netral.notification.recipient.Recipients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * KASN's or BKN's result recorded in sanction-service (BodyResultRecorded): the PPK, who acts on it now, BKPPD, which
 * prepares the decree, and the OPD head, the direct superior who examines the civil servant (PP 94/2021 Pasal 26,
 * research notes 1 and 3.3), each get a letter saying it arrived and that Netral's recommendation was the draft. Once
 * per recipient and recommendation, to the head in office now of each role's office, never the accused.
 */
@ApplicationScoped
public class BodyResults {
    private static final Logger LOG = Logger.getLogger(BodyResults.class);
    /** The PPK first: the letter is theirs to act on; then BKPPD and the direct superior. */
    static final List<RecipientRole> RECIPIENTS = List.of(RecipientRole.PPK, RecipientRole.BKPPD,
            RecipientRole.OPD_HEAD);

    @Inject
    Clock clock;
    @Inject
    NoticeQueue queue;
    @Inject
    OfficialLetters letters;

    /** Runs in the consumer's transaction, together with the inbox entry of the event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tell(BodyResultRecorded result) {
        Optional<Notification> notice = Notification.noticeToHead(result.recommendationId());
        if (notice.isEmpty()) {
            // sanction-service records a result only for a recommendation it published: its notice is not here yet
            // or was never written; nobody in the city was told of the case by this service, so nothing to follow
            LOG.warnf("Result of %s for recommendation %s: no notice of the recommendation here, no letter written",
                    result.body(), result.recommendationId());
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Notification first = notice.get();
        Optional<SanctionRecommended> recommended = ReceivedRecommendation.of(result.recommendationId());
        Map<RecipientRole, Opd> offices = new LinkedHashMap<>();
        for (RecipientRole role : RECIPIENTS) {
            if (Notification.exists(result.recommendationId(), role, NotificationKind.BODY_RESULT)) {
                LOG.infof("Result of recommendation %s was already told to %s", result.recommendationId(), role);
                continue;
            }
            Optional<Opd> office = role == RecipientRole.OPD_HEAD ? headsOffice(first)
                    : StandingRecipient.of(role).map(StandingRecipient::office);
            if (office.isEmpty()) {
                LOG.errorf("No office for %s: the result of recommendation %s is not told to them", role,
                        result.recommendationId());
            } else {
                offices.put(role, office.get());
            }
        }
        Map<RecipientRole, Addressee> addressees = Recipients.together(offices, first.accusedEmployeeId, now,
                Set.of());
        List<String> titles = addressees.values().stream().filter(Addressee.Head.class::isInstance)
                .map(addressee -> ((Addressee.Head) addressee).head().title()).toList();
        String opd = Opd.byCode(first.opdCode).map(o -> o.name + " (" + o.code + ")").orElse(first.opdCode);
        Map<String, String> sanctionTexts = recommended.map(SanctionRecommended::sanctionTexts).orElse(Map.of());
        addressees.forEach((role, addressee) -> {
            Notification letter = Notification.draftLike(first, role, NotificationKind.BODY_RESULT, now);
            String title = addressee instanceof Addressee.Head head ? head.head().title() : offices.get(role).headTitle;
            Letterhead head = letters.heading(result.reportId(), now, BodyResultLetter.hal(result.body()), "-",
                    first.accusedEmployeeId);
            letter.letterNumber = head.number();
            List<String> copies = new ArrayList<>(titles);
            copies.remove(title);
            SanctionNotice.Message message = BodyResultLetter.write(head, title, role, result, first.letterNumber,
                    opd, recommended.map(r -> r.accused().name()).orElse(null), first.accusedEmployeeId,
                    sanctionTexts, letters.legalBasis(recommended), copies);
            letter.subject = message.subject();
            letter.body = message.body();
            queue.send(letter, addressee);
        });
    }

    /** The accused's OPD, or the office an admin addressed the notice to when the OPD is missing or dissolved. */
    private static Optional<Opd> headsOffice(Notification notice) {
        return Opd.byCode(notice.opdCode).filter(opd -> !opd.dissolved())
                .or(() -> Optional.ofNullable(notice.recipientOffice).map(code -> Opd.<Opd>findById(code))
                        .filter(opd -> !opd.dissolved()));
    }
}
