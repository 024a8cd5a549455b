package id.netral.notification.recommendation;

import id.netral.events.EmploymentType;
import id.netral.events.SanctionRecommended;
import id.netral.events.SanctionRevised;
import id.netral.notification.Notification;
import id.netral.notification.NotificationKind;
import id.netral.notification.RecipientRole;
import id.netral.notification.delivery.NoticeQueue;
import id.netral.notification.directory.Opd;
import id.netral.notification.directory.StandingRecipient;
import id.netral.notification.message.Letterhead;
import id.netral.notification.message.OfficialLetters;
import id.netral.notification.message.RevisionLetter;
import id.netral.notification.message.SanctionNotice;
import id.netral.notification.recipient.Addressee;
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
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/**
 * A recommendation BKPPD revised (sanction-service's SanctionRevised) is told to everyone who received its notice, so
 * that no OPD head acts on a sanction that no longer holds: a REVISION notice per recipient and revision, to the
 * office that fills the role now, by its channels.
 */
@ApplicationScoped
public class Revisions {
    private static final Logger LOG = Logger.getLogger(Revisions.class);

    @Inject
    Clock clock;
    /** Kota Kupang's zone, for the days a letter names */
    @Inject
    ZoneId kupang;
    @Inject
    NoticeQueue queue;
    @Inject
    OfficialLetters letters;

    /** Runs in the consumer's transaction, together with the inbox entry of the event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tell(SanctionRevised revised) {
        Instant revisedAt = revised.revisedAt().truncatedTo(ChronoUnit.MICROS);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Optional<SanctionRecommended> recommended = ReceivedRecommendation.of(revised.recommendationId());
        Map<String, String> sanctionTexts = recommended.map(SanctionRecommended::sanctionTexts).orElse(Map.of());
        // the employment type decides the legal basis; a recommendation not kept was a PNS's (see OfficialLetters)
        EmploymentType employment = recommended.map(r -> r.accused().employmentType()).orElse(EmploymentType.PNS);
        String sanctioningBody = recommended.map(SanctionRecommended::sanctioningBody).orElse(null);
        // each to the head of the role's office now, never the accused: the OPD head's first, then the copies, a
        // superior who takes the accused's place told once (see Recipients)
        Map<Notification, Opd> offices = new LinkedHashMap<>();
        for (Notification notice : Notification.noticesOf(revised.recommendationId())) {
            Optional<Opd> office = officeNow(notice);
            if (office.isEmpty()) {
                // the head was never reached (UNDELIVERABLE): an admin addresses the notice first, then revises again
                LOG.warnf("Revision of recommendation %s not told to %s: notice %s has no office",
                        revised.recommendationId(), notice.recipientRole, notice.id);
            } else if (!Notification.revisionExists(revised.recommendationId(), notice.recipientRole, revisedAt)) {
                offices.put(notice, office.get());
            }
        }
        Set<String> reached = new HashSet<>();
        Map<Notification, Addressee> addressees = new LinkedHashMap<>();
        offices.forEach((notice, office) -> {
            if (notice.recipientRole == RecipientRole.OPD_HEAD) {
                Addressee toHead = Recipients.of(office, notice.accusedEmployeeId, now);
                addressees.put(notice, toHead);
                if (toHead instanceof Addressee.Head head) {
                    reached.add(head.office().code);
                }
            }
        });
        offices.keySet().removeIf(notice -> notice.recipientRole == RecipientRole.OPD_HEAD);
        String accused = addressees.keySet().stream().findFirst().or(() -> offices.keySet().stream().findFirst())
                .map(notice -> notice.accusedEmployeeId).orElse(null);
        addressees.putAll(Recipients.together(offices, accused, now, reached));

        addressees.forEach((notice, addressee) -> {
            Notification revision = Notification.draftLike(notice, notice.recipientRole, NotificationKind.REVISION,
                    now);
            revision.revisedAt = revisedAt;
            boolean toHead = notice.recipientRole == RecipientRole.OPD_HEAD;
            String title = addressee instanceof Addressee.Head head ? head.head().title()
                    : officeNow(notice).map(office -> office.headTitle).orElse(null);
            // a copy is the head's letter sent for information, so it is addressed like the head's
            String headsTitle = toHead ? title : Opd.byCode(notice.opdCode)
                    .map(opd -> opd.headTitle).orElse("Pimpinan OPD " + notice.opdCode);
            Letterhead letterhead = letters.heading(revised.reportId(), now, RevisionLetter.HAL,
                    "1 (satu) salinan surat yang diubah, dikutip di bawah", notice.accusedEmployeeId);
            revision.letterNumber = letterhead.number();
            SanctionNotice.Message message = RevisionLetter.write(letterhead, headsTitle, toHead ? null : title,
                    revised, LocalDate.ofInstant(revised.revisedAt(), kupang), notice.letterNumber,
                    new SanctionNotice.Message(notice.subject, notice.body), sanctionTexts, employment,
                    sanctioningBody, letters.perwali());
            revision.subject = message.subject();
            revision.body = message.body();
            queue.send(revision, addressee);
        });
    }

    /** The OPD head's office the notice went to, or the office that fills a standing role now. */
    private static Optional<Opd> officeNow(Notification notice) {
        if (notice.recipientRole != RecipientRole.OPD_HEAD) {
            Optional<Opd> standing = StandingRecipient.of(notice.recipientRole).map(StandingRecipient::office);
            if (standing.isPresent()) {
                return standing;
            }
        }
        return Optional.ofNullable(notice.recipientOffice).map(code -> Opd.<Opd>findById(code));
    }
}
