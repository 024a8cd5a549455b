package id.netral.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One step in a case's life, shown to verifiers with its detail and to the reporter without it. */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry extends PanacheEntityBase {
    /** Fifty ids per trip to the sequence, and the entries of a transaction inserted in one batch (V8). */
    @Id
    @SequenceGenerator(name = "timeline_entry_id", sequenceName = "timeline_entry_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "timeline_entry_id")
    public Long id;

    @Column(name = "report_id", nullable = false)
    public UUID reportId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String step;

    /** A partner app's client id, a verifier's token subject, "reporter", "screening" or the emitting service. */
    @Column(nullable = false)
    public String actor;

    public String detail;

    @Column(name = "event_id", unique = true)
    public UUID eventId;

    /** The actor of the steps screening takes by itself. */
    public static final String SCREENING = "screening";
    /** The actor of an answer given through the tracking code. */
    public static final String REPORTER = "reporter";

    public static void record(UUID reportId, Instant at, CaseStep step, String actor, String detail, UUID eventId) {
        TimelineEntry entry = new TimelineEntry();
        entry.reportId = reportId;
        entry.occurredAt = at;
        entry.step = step.name();
        entry.actor = actor;
        entry.detail = detail;
        entry.eventId = eventId;
        entry.persist();
    }

    public static List<TimelineEntry> of(UUID reportId) {
        return list("reportId = ?1 order by occurredAt, id", reportId);
    }
}
