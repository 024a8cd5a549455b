package id.netral.events;

/** One topic per owning service; the record key is always the report (case) id so one case stays in order. */
public final class Topics {
    public static final String REPORTS = "netral.reports.v1";
    public static final String SANCTIONS = "netral.sanctions.v1";
    public static final String NOTIFICATIONS = "netral.notifications.v1";

    private Topics() {
    }
}
