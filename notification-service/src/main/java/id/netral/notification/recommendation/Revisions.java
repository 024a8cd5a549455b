package id.netral.notification.recommendation;

import id.netral.events.SanctionRecommended;
import id.netral.events.SanctionRevised;
import id.netral.notification.Notification;
import id.netral.notification.NotificationKind;
import id.netral.notification.RecipientRole;
import id.netral.notification.delivery.NoticeQueue;
import id.netral.notification.directory.Opd;
import id.netral.notification.directory.StandingRecipient;
import id.netral.notification.message.RevisionLetter;
import id.netral.notification.message.SanctionNotice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
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

    /** Runs in the consumer's transaction, together with the inbox entry of the event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tell(SanctionRevised revised) {
        Instant revisedAt = revised.revisedAt().truncatedTo(ChronoUnit.MICROS);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Map<String, String> sanctionTexts = ReceivedRecommendation.of(revised.recommendationId())
                .map(SanctionRecommended::sanctionTexts).orElse(Map.of());
        for (Notification notice : Notification.noticesOf(revised.recommendationId())) {
            Optional<Opd> office = officeNow(notice);
            if (office.isEmpty()) {
                // the head was never reached (UNDELIVERABLE): an admin addresses the notice first, then revises again
                LOG.warnf("Revision of recommendation %s not told to %s: notice %s has no office",
                        revised.recommendationId(), notice.recipientRole, notice.id);
                continue;
            }
            if (Notification.revisionExists(revised.recommendationId(), notice.recipientRole, revisedAt)) {
                continue;
            }
            Notification revision = Notification.draft(notice.recommendationId, notice.reportId,
                    notice.recipientRole, notice.opdCode, NotificationKind.REVISION, now);
            revision.revisedAt = revisedAt;
            boolean toHead = notice.recipientRole == RecipientRole.OPD_HEAD;
            // a copy is the head's letter sent for information, so it is addressed like the head's
            String addressee = toHead ? office.get().headTitle : Opd.byCode(notice.opdCode)
                    .map(opd -> opd.headTitle).orElse("Pimpinan OPD " + notice.opdCode);
            SanctionNotice.Message message = RevisionLetter.write(addressee, toHead ? null : office.get().headTitle,
                    revised, LocalDate.ofInstant(revised.revisedAt(), kupang), notice.id,
                    new SanctionNotice.Message(notice.subject, notice.body), sanctionTexts,
                    revision.id);
            revision.subject = message.subject();
            revision.body = message.body();
            queue.queueTo(revision, office.get());
        }
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
