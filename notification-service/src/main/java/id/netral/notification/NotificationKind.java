package id.netral.notification;

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
     * Netral's own recommendation was the draft. Told to others as a REVISION (see {@link #contractKind()}).
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

    /**
     * The kind as the notification-delivered event and the webhook schema name it, which know the first four only: a
     * body's result changes the recommendation the PPK acts on, as a revision does; an overdue step is chased as an
     * unanswered notice is (a kind of its own there would be a change of event-contracts).
     */
    public String contractKind() {
        return switch (this) {
            case BODY_RESULT -> REVISION.name();
            case STEP_REMINDER -> REMINDER.name();
            case STEP_ESCALATION -> ESCALATION.name();
            default -> name();
        };
    }
}
