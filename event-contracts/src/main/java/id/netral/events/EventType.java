package id.netral.events;

import java.util.Arrays;
import java.util.Optional;

/** Every event Netral publishes: its CloudEvents type, the topic of its owning service, its schema and payload type. */
public enum EventType {
    REPORT_SUBMITTED("id.netral.report.submitted.v1", Topics.REPORTS, "report-submitted", ReportSubmitted.class),
    REPORT_SCREENED("id.netral.report.screened.v1", Topics.REPORTS, "report-screened", ReportScreened.class),
    REPORT_STATUS_CHANGED("id.netral.report.status-changed.v1", Topics.REPORTS, "report-status-changed",
            ReportStatusChanged.class),
    REPORT_VERIFIED("id.netral.report.verified.v1", Topics.REPORTS, "report-verified", ReportVerified.class),
    SANCTION_RECOMMENDED("id.netral.sanction.recommended.v1", Topics.SANCTIONS, "sanction-recommended",
            SanctionRecommended.class),
    SANCTION_REVISED("id.netral.sanction.revised.v1", Topics.SANCTIONS, "sanction-revised", SanctionRevised.class),
    SANCTION_DECIDED("id.netral.sanction.decided.v1", Topics.SANCTIONS, "sanction-decided", SanctionDecided.class),
    SANCTION_OVERDUE("id.netral.sanction.overdue.v1", Topics.SANCTIONS, "sanction-overdue", SanctionOverdue.class),
    NOTIFICATION_DELIVERED("id.netral.notification.delivered.v1", Topics.NOTIFICATIONS, "notification-delivered",
            NotificationDelivered.class),
    NOTIFICATION_FAILED("id.netral.notification.failed.v1", Topics.NOTIFICATIONS, "notification-failed",
            NotificationFailed.class),
    NOTIFICATION_ACKNOWLEDGED("id.netral.notification.acknowledged.v1", Topics.NOTIFICATIONS,
            "notification-acknowledged", NotificationAcknowledged.class),
    FOLLOW_UP_RECORDED("id.netral.notification.follow-up-recorded.v1", Topics.NOTIFICATIONS, "follow-up-recorded",
            FollowUpRecorded.class);

    private final String ceType;
    private final String topic;
    private final String schemaName;
    private final Class<?> payloadType;

    EventType(String ceType, String topic, String schemaName, Class<?> payloadType) {
        this.ceType = ceType;
        this.topic = topic;
        this.schemaName = schemaName;
        this.payloadType = payloadType;
    }

    public String ceType() {
        return ceType;
    }

    public String topic() {
        return topic;
    }

    /** Classpath location of the JSON Schema that every producer and consumer validates against. */
    public String schemaResource() {
        return "netral/events/" + schemaName + ".schema.json";
    }

    /** The schema's $id, sent as the ce_dataschema attribute. */
    public String schemaUri() {
        return "https://netral.id/events/" + schemaName + ".schema.json";
    }

    public Class<?> payloadType() {
        return payloadType;
    }

    public static Optional<EventType> ofCeType(String ceType) {
        return Arrays.stream(values()).filter(t -> t.ceType.equals(ceType)).findFirst();
    }

    public static EventType of(Class<?> payloadType) {
        return Arrays.stream(values()).filter(t -> t.payloadType == payloadType).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a Netral event: " + payloadType.getName()));
    }
}
