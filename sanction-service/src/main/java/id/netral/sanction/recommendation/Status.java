package id.netral.sanction.recommendation;

/** Where a recommendation stands. A revision does not change it, except between OPEN and MANUAL_REVIEW. */
public enum Status {
    /** Sent to the PPK, who has until the due date to decide. */
    OPEN,
    /** No rule decides it (SKB row D13, an act before the catalogue, an election not in the calendar): BKPPD revises. */
    MANUAL_REVIEW,
    /** The PPK's decree is recorded; nothing changes it any more. */
    DECIDED,
    /** The due date passed without a decision; the PPK may still decide. */
    OVERDUE
}
