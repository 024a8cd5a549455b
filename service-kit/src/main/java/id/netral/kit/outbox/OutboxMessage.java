package id.netral.kit.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An event waiting in the outbox (or already relayed) in the database of the service that owns it. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long position;

    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;

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
