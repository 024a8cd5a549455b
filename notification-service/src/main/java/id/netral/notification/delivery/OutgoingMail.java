package id.netral.notification.delivery;

import id.netral.notification.Notification;
import id.netral.notification.message.LetterPdf;

import java.util.UUID;

/**
 * A claimed notice as the mailer needs it, read inside the claiming transaction so sending needs no database. One
 * recipient per mail: copies are notices of their own, so nobody in copy receives the head's acknowledgement link.
 */
public record OutgoingMail(UUID notificationId, String to, String subject, String body, String letterFileName,
                           byte[] letterPdf) {

    /**
     * @param trailer text the mail carries after the stored body (the acknowledgement link); may be empty. The
     *                attached PDF is the letter alone, without it: the link is the head's, the PDF is for the archive
     */
    static OutgoingMail of(Notification notification, String trailer) {
        return new OutgoingMail(notification.id, notification.recipientAddress,
                notification.subject, notification.body + trailer, LetterPdf.fileName(notification.letterNumber),
                LetterPdf.render(notification.subject, notification.body));
    }
}
