package id.netral.notification;

public enum NotificationKind {
    /** The first notice of a recommendation: to the OPD head, with the standing recipients in copy. */
    NOTICE,
    /** To an OPD head who has not acknowledged a notice in time. */
    REMINDER,
    /** To the PPK, the Sekda and BKPPD when the PPK's due date passed without a decision. */
    ESCALATION,
    /** To everyone who received the notice of a recommendation, when BKPPD revised it. */
    REVISION
}
