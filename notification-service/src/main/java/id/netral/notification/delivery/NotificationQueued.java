package id.netral.notification.delivery;

import java.util.UUID;

/**
 * Fired inside the transaction that wrote a PENDING notice; the delivery worker observes it after the commit, so a
 * notice is sent at once rather than at the next poll, and never before it is safely stored.
 */
public record NotificationQueued(UUID notificationId) {
}
