package id.netral.notification.delivery;

import id.netral.events.words.IndonesianDates;
import id.netral.notification.FailureCategory;
import id.netral.notification.Notification;
import id.netral.notification.NotificationStatus;
import id.netral.notification.followup.AcknowledgementLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

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
    /** An SMTP reply with a permanent failure code, as the mail client reports it ("554 5.7.1 Relay access denied") */
    private static final Pattern SMTP_REFUSAL = Pattern.compile("^\\s*5\\d\\d[ -]");

    @Inject
    AcknowledgementLinks links;
    /** Kota Kupang's zone, for the day a link expires */
    @Inject
    ZoneId kupang;
    @Inject
    NoticeMailer mailer;

    /**
     * The OPD head's letters before the copies to the PPK, BKPPD and the Inspectorate: in a burst of recommendations
     * the head, who must act, is not kept waiting behind everyone's copies (index notification_due_heads_first).
     */
    EmailLedger() {
        super(Channel.EMAIL, Notification.class, "notification", "recipient_role <> 'OPD_HEAD'");
    }

    @Override
    public void send(OutgoingMail mail) {
        mailer.send(mail);
    }

    /**
     * A mail server that cannot be reached (refused, no route, unknown name, timed out) is one thing; one that answers
     * the mail with a permanent SMTP refusal (5xx: no such mailbox, relay denied) is another.
     */
    @Override
    protected FailureCategory categorize(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof NoRouteToHostException || cause instanceof SocketTimeoutException
                    || cause instanceof TimeoutException) {
                return FailureCategory.MAIL_SERVER_UNREACHABLE;
            }
            if (cause.getMessage() != null && SMTP_REFUSAL.matcher(cause.getMessage()).find()) {
                return FailureCategory.MAILBOX_REFUSED;
            }
        }
        return FailureCategory.OTHER;
    }

    @Override
    protected OutgoingMail message(Notification notification) {
        return OutgoingMail.of(notification, links.consoleLinkFor(notification)
                .map(link -> ACK_LINK_TEXT.formatted(
                        IndonesianDates.longForm(LocalDate.ofInstant(links.expiry(notification), kupang)), link))
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
