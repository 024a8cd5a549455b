package id.netral.notification.delivery;

import id.netral.notification.Notification;

import java.util.UUID;

/**
 * A claimed notice as the mailer needs it, read inside the claiming transaction so sending needs no database. One
 * recipient per mail: copies are notices of their own, so nobody in copy receives the head's acknowledgement link.
 *
 * @param attempt which attempt this is, so that a late outcome of an older attempt is recognised
 */
public record OutgoingMail(UUID notificationId, int attempt, String to, String subject, String body) {

    /** @param trailer text the mail carries after the stored body (the acknowledgement link); may be empty */
    static OutgoingMail of(Notification notification, String trailer) {
        return new OutgoingMail(notification.id, notification.attempts, notification.recipientAddress,
                notification.subject, notification.body + trailer);
    }
}
