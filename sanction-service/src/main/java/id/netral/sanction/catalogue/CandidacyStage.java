package id.netral.sanction.catalogue;

/** The side of the day candidates are fixed an SKB row speaks of. */
public enum CandidacyStage {
    /** Toward a would-be candidate (bakal calon), before the participants are fixed. */
    BEFORE_FIXING,
    /** Toward a fixed candidate (calon), on or after the day the participants are fixed. */
    AFTER_FIXING
}
