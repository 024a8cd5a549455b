package id.netral.report;

import id.netral.events.words.CodeWords;

/**
 * Where a case stands. Screening ends in REGISTERED, NOT_REGISTERED or DUPLICATE; verification in VERIFIED or
 * NOT_PROVEN; after VERIFIED the downstream services move it on, never backwards (declaration order). People read a
 * status in the words of {@link CodeWords#CASE_STATUS} (an export, a screen), never as the code.
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

    /** The status in Bahasa Indonesia, as a verifier or BKPPD officer reads it. */
    public String label() {
        return CodeWords.CASE_STATUS.capitalised(name());
    }

    /** Bawaslu found the violation proven: VERIFIED and every status the downstream services move it on to. */
    public boolean foundProven() {
        return ordinal() >= VERIFIED.ordinal();
    }

    /** A verifier may decide while the case is registered or waiting for the reporter's answer. */
    public boolean openForDecision() {
        return this == REGISTERED || this == NEEDS_INFO;
    }
}
