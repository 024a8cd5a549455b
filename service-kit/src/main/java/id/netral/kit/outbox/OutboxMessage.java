package id.netral.kit.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An event waiting in the outbox (or already relayed) in the database of the service that owns it. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends PanacheEntityBase {
    /**
     * Assigned before the insert, so the rows of one transaction go to PostgreSQL in one batched statement; an
     * identity key would make Hibernate insert them one at a time to read each key back.
     */
    @Id
    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;

    /**
     * The relay's order, given by the database as the row is inserted (the table's primary key, a bigserial): later
     * transactions get larger positions, so a case's events stay in order across replicas. Never read back on insert.
     */
    @Column(insertable = false, updatable = false)
    public Long position;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(nullable = false)
    public String topic;

    @Column(name = "message_key", nullable = false)
    public String messageKey;

    @Column(nullable = false)
    public String source;

    public String subject;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String payload;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** The W3C traceparent of the work that wrote the event; null when nothing was traced. */
    @Column(name = "trace_parent")
    public String traceParent;
}
