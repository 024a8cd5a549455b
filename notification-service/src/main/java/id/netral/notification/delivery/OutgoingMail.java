package id.netral.notification.delivery;

import id.netral.notification.Notification;

import java.util.UUID;

/**
 * A claimed notice as the mailer needs it, read inside the claiming transaction so sending needs no database. One
 * recipient per mail: copies are notices of their own, so nobody in copy receives the head's acknowledgement link.
 */
public record OutgoingMail(UUID notificationId, String to, String subject, String body) {

    /** @param trailer text the mail carries after the stored body (the acknowledgement link); may be empty */
    static OutgoingMail of(Notification notification, String trailer) {
        return new OutgoingMail(notification.id, notification.recipientAddress,
                notification.subject, notification.body + trailer);
    }
}
