package id.netral.notification;

/**
 * The kind of a letter. The notification-delivered event (v2) and the webhook payload (notice.v2.schema.json) carry
 * it by this name: a new kind here is a new version of both.
 */
public enum NotificationKind {
    /** The first notice of a recommendation: to the OPD head, with the standing recipients in copy. */
    NOTICE,
    /** To an OPD head who has not acknowledged a notice in time. */
    REMINDER,
    /** To the PPK, the Sekda and BKPPD when the PPK's due date passed without a decision. */
    ESCALATION,
    /** To everyone who received the notice of a recommendation, when BKPPD revised it. */
    REVISION,
    /**
     * To the PPK, BKPPD and the OPD head when KASN's or BKN's result arrived: the PPK acts on it from now on, and
     * Netral's own recommendation was the draft.
     */
    BODY_RESULT,
    /** To the actor of a step of the procedure (the direct superior's summons, the PPK's delivery) past its day. */
    STEP_REMINDER,
    /** To the PPK, the Sekda and BKPPD when an overdue step is still not recorded after its reminder. */
    STEP_ESCALATION;

    /**
     * Whether the OPD head acknowledges and follows up through a notice of this kind: the first notice, and a reminder
     * of it (which answers for the notice). An escalation is the leadership's, a revision changes a notice that is
     * answered itself.
     */
    public boolean answeredByHead() {
        return this == NOTICE || this == REMINDER;
    }
}
