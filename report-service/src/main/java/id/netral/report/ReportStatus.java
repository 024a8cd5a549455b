package id.netral.report;

/** Where a case stands; the public tracking lookup shows exactly this and the timeline steps. */
public enum ReportStatus {
    SUBMITTED,
    NEEDS_INFO,
    VERIFIED,
    NOT_PROVEN,
    RECOMMENDED,
    NOTIFIED
}
