package id.netral.notification;

public enum NotificationStatus {
    /** Waiting for the delivery worker, first time or after a failed attempt. */
    PENDING,
    DELIVERED,
    /** Every attempt failed; the last error says why. */
    FAILED,
    /**
     * Could never be sent: the OPD is not in the directory, or its head is the accused and no superior is; no attempt
     * was made, and an admin must tell someone by hand.
     */
    UNDELIVERABLE,
    /**
     * Not sent on purpose: its recipient's head is the accused, and the superior who takes their place receives the
     * same message of the case already. Nothing for an admin to do; the reason says so.
     */
    WITHHELD,
    /** Not sent any more: the PPK decided before it was delivered (a reminder or an escalation). The reason says so. */
    CANCELLED
}
