package id.netral.report.verification;

/** What a Bawaslu verifier can conclude about a case. */
public enum VerificationDecision {
    /** Proven, with the confirmed SKB 2022 kind: the case goes on to a sanction recommendation. */
    VERIFIED,
    /** Not proven; the reason is required and the case ends. */
    NOT_PROVEN,
    /** The reporter must add information; the note holds the question. */
    NEEDS_INFO
}
