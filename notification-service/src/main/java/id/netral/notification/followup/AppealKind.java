package id.netral.notification.followup;

/** The administrative remedy (upaya administratif) against a discipline decision. */
public enum AppealKind {
    /** An objection, to the PPK's superior. */
    KEBERATAN,
    /** An administrative appeal, against a dismissal. */
    BANDING_ADMINISTRATIF
}
