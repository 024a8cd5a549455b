package id.netral.notification.delivery;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Hands a notice to the city's SMTP server as a plain-text e-mail with the letter attached as PDF. */
@ApplicationScoped
public class NoticeMailer {
    @Inject
    Mailer mailer;

    @Inject
    MailConfig config;

    /** @throws RuntimeException when the SMTP server refuses the mail, cannot be reached or does not answer in time */
    public void send(OutgoingMail mail) {
        mailer.send(Mail.withText(mail.to(), mail.subject(), mail.body())
                // the letter as PDF, for the recipient's archive
                .addAttachment(mail.letterFileName(), mail.letterPdf(), "application/pdf")
                // The same id on every attempt: a mail sent again after a crash is recognisable as the same notice.
                .addHeader("Message-ID", messageId(mail)));
    }

    private String messageId(OutgoingMail mail) {
        return "<notification-" + mail.notificationId() + "@" + config.messageIdDomain() + ">";
    }
}
