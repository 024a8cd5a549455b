package id.netral.report;

/**
 * Where a case stands. Screening ends in REGISTERED, NOT_REGISTERED or DUPLICATE; verification in VERIFIED or
 * NOT_PROVEN; after VERIFIED the downstream services move it on, never backwards (declaration order).
 */
public enum ReportStatus {
    SUBMITTED,
    NOT_REGISTERED,
    DUPLICATE,
    REGISTERED,
    NEEDS_INFO,
    NOT_PROVEN,
    VERIFIED,
    RECOMMENDED,
    NOTIFIED,
    ACKNOWLEDGED,
    IN_FOLLOW_UP,
    SANCTION_DECIDED;

    /** A verifier may decide while the case is registered or waiting for the reporter's answer. */
    public boolean openForDecision() {
        return this == REGISTERED || this == NEEDS_INFO;
    }
}
