package id.netral.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every event Netral publishes: its CloudEvents type, the topic of its owning service, its schema and payload type.
 *
 * <p>A breaking change to a payload gets a new type version ({@code ...v2}, schema {@code <name>.v2.schema.json}) on
 * the same topic, and the older type is retired: never written again, still read, because its records stay on the
 * topic and a consumer reading from the start meets them.
 */
public enum EventType {
    REPORT_SUBMITTED("id.netral.report.submitted.v2", Topics.REPORTS, "report-submitted.v2", ReportSubmitted.class),
    /** Retired: named the accused of every submission, proven or not, on a topic kept for good. */
    @SuppressWarnings("deprecation")
    REPORT_SUBMITTED_V1("id.netral.report.submitted.v1", Topics.REPORTS, "report-submitted", ReportSubmittedV1.class,
            true),
    REPORT_SCREENED("id.netral.report.screened.v1", Topics.REPORTS, "report-screened", ReportScreened.class),
    REPORT_STATUS_CHANGED("id.netral.report.status-changed.v1", Topics.REPORTS, "report-status-changed",
            ReportStatusChanged.class),
    REPORT_VERIFIED("id.netral.report.verified.v1", Topics.REPORTS, "report-verified", ReportVerified.class),
    STUDY_FORWARDED("id.netral.report.study-forwarded.v1", Topics.REPORTS, "study-forwarded", StudyForwarded.class),
    SANCTION_RECOMMENDED("id.netral.sanction.recommended.v1", Topics.SANCTIONS, "sanction-recommended",
            SanctionRecommended.class),
    SANCTION_REVISED("id.netral.sanction.revised.v1", Topics.SANCTIONS, "sanction-revised", SanctionRevised.class),
    SANCTION_DECIDED("id.netral.sanction.decided.v1", Topics.SANCTIONS, "sanction-decided", SanctionDecided.class),
    SANCTION_OVERDUE("id.netral.sanction.overdue.v1", Topics.SANCTIONS, "sanction-overdue", SanctionOverdue.class),
    BODY_RESULT_RECORDED("id.netral.sanction.body-result-recorded.v1", Topics.SANCTIONS, "body-result-recorded",
            BodyResultRecorded.class),
    SANCTION_NOT_IMPOSED("id.netral.sanction.not-imposed.v1", Topics.SANCTIONS, "sanction-not-imposed",
            SanctionNotImposed.class),
    NOTIFICATION_DELIVERED("id.netral.notification.delivered.v2", Topics.NOTIFICATIONS, "notification-delivered.v2",
            NotificationDelivered.class),
    /** Retired: its kind knew four kinds of letter, so a body's result read as a revision. */
    @SuppressWarnings("deprecation")
    NOTIFICATION_DELIVERED_V1("id.netral.notification.delivered.v1", Topics.NOTIFICATIONS, "notification-delivered",
            NotificationDeliveredV1.class, true),
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
    private final boolean retired;

    EventType(String ceType, String topic, String schemaName, Class<?> payloadType) {
        this(ceType, topic, schemaName, payloadType, false);
    }

    EventType(String ceType, String topic, String schemaName, Class<?> payloadType, boolean retired) {
        this.ceType = ceType;
        this.topic = topic;
        this.schemaName = schemaName;
        this.payloadType = payloadType;
        this.retired = retired;
    }

    public String ceType() {
        return ceType;
    }

    public String topic() {
        return topic;
    }

    /** The file name of the type's JSON Schema ({@code report-submitted.v2.schema.json}). */
    public String schemaFile() {
        return schemaName + ".schema.json";
    }

    /** Classpath location of the JSON Schema that every producer and consumer validates against. */
    public String schemaResource() {
        return EventSchemas.SCHEMA_RESOURCES + schemaFile();
    }

    /**
     * The schema's $id, sent as the ce_dataschema attribute: {@link EventSchemas#SCHEMA_BASE} and the file name, served
     * by every Netral service at {@code /events/<file>}.
     */
    public String schemaUri() {
        return EventSchemas.SCHEMA_BASE + schemaFile();
    }

    public Class<?> payloadType() {
        return payloadType;
    }

    /** The version at the end of the CloudEvents type ({@code ...v2} is 2). */
    public int version() {
        return Integer.parseInt(ceType.substring(ceType.lastIndexOf(".v") + 2));
    }

    /** A retired type is no longer written (the producer's check refuses it) but still read from the topic. */
    public boolean retired() {
        return retired;
    }

    /** The written version of this event: itself unless retired. */
    public EventType successor() {
        String name = ceType.substring(0, ceType.lastIndexOf(".v"));
        return Arrays.stream(values())
                .filter(t -> !t.retired && t.ceType.substring(0, t.ceType.lastIndexOf(".v")).equals(name))
                .findFirst().orElseThrow(() -> new IllegalStateException(ceType + " has no written version"));
    }

    public static Optional<EventType> ofCeType(String ceType) {
        return Arrays.stream(values()).filter(t -> t.ceType.equals(ceType)).findFirst();
    }

    public static EventType of(Class<?> payloadType) {
        return Arrays.stream(values()).filter(t -> t.payloadType == payloadType).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a Netral event: " + payloadType.getName()));
    }
}
