package id.netral.notification;

public enum NotificationStatus {
    /** Waiting for the delivery worker, first time or after a failed attempt. */
    PENDING,
    DELIVERED,
    /** Every attempt failed; the last error says why. */
    FAILED,
    /** Could never be sent (the OPD is not in the directory); no attempt was made. */
    UNDELIVERABLE
}
