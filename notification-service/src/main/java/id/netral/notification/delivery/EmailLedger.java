package id.netral.notification.delivery;

import id.netral.notification.Notification;
import id.netral.notification.NotificationStatus;
import id.netral.notification.followup.AcknowledgementLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Notices by e-mail: the notice's own row is the e-mail's ledger, and the city's SMTP server takes the mail. If the
 * process dies between sending and recording, the mail goes again after its lease with the same Message-ID.
 */
@ApplicationScoped
class EmailLedger extends ChannelLedger<Notification, OutgoingMail> {
    private static final String ACK_LINK_TEXT = """

            Konfirmasi penerimaan pemberitahuan ini (tautan sekali pakai, berlaku sampai %s):
            %s
            """;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("id-ID"));

    @Inject
    AcknowledgementLinks links;
    /** Kota Kupang's zone, for the day a link expires */
    @Inject
    ZoneId kupang;
    @Inject
    NoticeMailer mailer;

    EmailLedger() {
        super(Channel.EMAIL, Notification.class, "notification");
    }

    @Override
    public void send(OutgoingMail mail) {
        mailer.send(mail);
    }

    @Override
    protected OutgoingMail message(Notification notification) {
        return OutgoingMail.of(notification, links.linkFor(notification)
                .map(link -> ACK_LINK_TEXT.formatted(DAY.withZone(kupang).format(links.expiry(notification)), link))
                .orElse(""));
    }

    /** The notice is the e-mail's row, locked by the caller. */
    @Override
    protected Optional<Notification> failedRow(Notification notice) {
        return notice.byEmail && notice.status == NotificationStatus.FAILED ? Optional.of(notice) : Optional.empty();
    }

    /** A notice that goes by e-mail has the e-mail's status: its row is the e-mail's. */
    @Override
    protected boolean decides(Notification notice) {
        return notice.byEmail;
    }
}
