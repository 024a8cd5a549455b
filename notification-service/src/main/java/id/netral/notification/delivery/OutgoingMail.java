package id.netral.notification.delivery;

import id.netral.notification.Notification;

import java.util.List;
import java.util.UUID;

/**
 * A claimed notice as the mailer needs it, read inside the claiming transaction so sending needs no database.
 *
 * @param attempt which attempt this is, so that a late outcome of an older attempt is recognised
 */
public record OutgoingMail(UUID notificationId, int attempt, String to, List<String> cc, String subject,
                           String body) {

    /** @param trailer text the mail carries after the stored body (the acknowledgement link); may be empty */
    static OutgoingMail of(Notification notification, String trailer) {
        return new OutgoingMail(notification.id, notification.attempts, notification.recipientAddress,
                notification.copies.stream().map(copy -> copy.address).toList(), notification.subject,
                notification.body + trailer);
    }
}
