package id.netral.notification.delivery;

/** How a notice reaches its recipient, as named in the notification events. */
public enum Channel {
    EMAIL,
    WEBHOOK
}
