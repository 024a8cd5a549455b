package id.netral.notification;

public enum NotificationKind {
    /** The first notice of a recommendation: to the OPD head, with the standing recipients in copy. */
    NOTICE,
    /** To an OPD head who has not acknowledged a notice in time. */
    REMINDER,
    /** To the PPK, the Sekda and BKPPD when the PPK's due date passed without a decision. */
    ESCALATION,
    /** To everyone who received the notice of a recommendation, when BKPPD revised it. */
    REVISION;

    /**
     * Whether the OPD head acknowledges and follows up through a notice of this kind: the first notice, and a reminder
     * of it (which answers for the notice). An escalation is the leadership's, a revision changes a notice that is
     * answered itself.
     */
    public boolean answeredByHead() {
        return this == NOTICE || this == REMINDER;
    }
}
