package id.netral.notification.followup;

/** What the direct superior did about a notice, in the order PP 94/2021 prescribes it. */
public enum FollowUpStep {
    /** The employee was summoned and examined (PP 94/2021 Pasal 26). */
    SUMMONED_AND_EXAMINED,
    /** A sanction was proposed to the PPK. */
    SANCTION_PROPOSED,
    /** The decree imposing the sanction was issued. */
    DECREE_ISSUED
}
