package id.netral.kit.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import id.netral.events.EventEnvelope;
import id.netral.events.EventType;
import id.netral.kit.logging.CaseLog;
import id.netral.kit.logging.DetachedWork;
import id.netral.kit.tracing.CaseTracing;

/**
 * Publishes the outbox to Kafka, oldest first. Runs right after a commit that appended events and, as a safety net,
 * on a schedule. A row is marked published only after Kafka acknowledged it, so a crash in between publishes it
 * again (at-least-once; consumers are idempotent).
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    // One relay at a time across all replicas of a service, so that events of one case keep their order.
    private static final long RELAY_LOCK = 0x6E657472616CL;

    @Inject
    DataSource dataSource;
    @Inject
    EventProducer producer;
    @Inject
    DetachedWork background;

    @Inject
    MeterRegistry registry;

    @Inject
    OutboxConfig config;

    private final ReentrantLock draining = new ReentrantLock();
    private final AtomicBoolean moreWaiting = new AtomicBoolean();

    void onAppended(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.OutboxAppended appended) {
        background.start(this::drain);
    }

    @Scheduled(every = "${netral.outbox.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        drain();
    }

    /** Published rows are kept a while for investigation, then removed so the outbox stays small. */
    @Scheduled(every = "${netral.outbox.purge-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgePublished() {
        QuarkusTransaction.requiringNew().run(() -> OutboxMessage.delete("publishedAt < ?1",
                Instant.now().minus(config.retention())));
    }

    /** Publishes until the outbox is empty; a call while another drains makes that one go round again. */
    public void drain() {
        moreWaiting.set(true);
        if (!draining.tryLock()) {
            return;
        }
        try {
            while (moreWaiting.getAndSet(false)) {
                int published;
                do {
                    published = publishBatch();
                    registry.counter("netral.outbox.published.events").increment(published);
                } while (published == config.batchSize());
            }
        } catch (RuntimeException e) {
            LOG.warnf("Outbox relay paused, will retry: %s", e.getMessage());
        } finally {
            draining.unlock();
        }
    }

    /**
     * One transaction per batch, in plain JDBC: this runs after every commit that appended an event, so its cost is
     * paid per request. The advisory lock is taken in the statement that reads the batch (a row is returned only
     * while this relay holds it), and the batch is marked in one UPDATE.
     */
    private int publishBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                List<Pending> batch = unpublished(connection);
                List<Future<?>> acks = new ArrayList<>(batch.size());
                for (Pending message : batch) {
                    acks.add(producer.send(toRecord(message)));
                    try (CaseLog ignored = CaseLog.of(caseOf(message), message.traceParent())) {
                        LOG.debugf("Event %s (%s) sent to %s", message.eventId(), message.eventType(),
                                message.topic());
                    }
                }
                for (Future<?> ack : acks) {
                    awaitAck(ack);
                }
                if (!batch.isEmpty()) {
                    markPublished(connection, batch);
                }
                return batch.size();
            }
        });
    }

    private List<Pending> unpublished(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT event_id, event_type, topic, message_key, source, subject, occurred_at, payload, trace_parent
                FROM outbox_message WHERE published_at IS NULL AND pg_try_advisory_xact_lock(?)
                ORDER BY position LIMIT ?""")) {
            select.setLong(1, RELAY_LOCK);
            select.setInt(2, config.batchSize());
            List<Pending> batch = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    batch.add(new Pending(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6),
                            rows.getObject(7, OffsetDateTime.class).toInstant(), rows.getString(8), rows.getString(9)));
                }
            }
            return batch;
        }
    }

    private static void markPublished(Connection connection, List<Pending> batch) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox_message SET published_at = clock_timestamp() WHERE event_id = ANY (?)")) {
            update.setArray(1, connection.createArrayOf("uuid",
                    batch.stream().map(Pending::eventId).toArray()));
            update.executeUpdate();
        }
    }

    /** An outbox row as the relay reads it. */
    private record Pending(UUID eventId, String eventType, String topic, String messageKey, String source,
                           String subject, Instant occurredAt, String payload, String traceParent) {
    }

    /** The case an outbox row belongs to: its subject, the report id (see {@link Outbox#append}). */
    private static UUID caseOf(Pending message) {
        try {
            return UUID.fromString(message.subject());
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    private static ProducerRecord<String, String> toRecord(Pending message) {
        EventType type = EventType.ofCeType(message.eventType())
                .orElseThrow(() -> new IllegalStateException("outbox holds an unknown type " + message.eventType()));
        EventEnvelope envelope = new EventEnvelope(message.eventId(), type, message.source(), message.subject(),
                message.occurredAt(), message.messageKey(), message.payload());
        ProducerRecord<String, String> record = new ProducerRecord<>(message.topic(), envelope.key(),
                envelope.payloadJson());
        envelope.headers().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        if (message.traceParent() != null) {
            record.headers().add(CaseTracing.TRACEPARENT, message.traceParent().getBytes(StandardCharsets.US_ASCII));
        }
        return record;
    }

    private static void awaitAck(Future<?> ack) {
        try {
            ack.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka did not acknowledge: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
