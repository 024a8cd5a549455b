package id.netral.kit.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
    EntityManager entityManager;
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

    private int publishBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Boolean locked = (Boolean) entityManager.createNativeQuery("SELECT pg_try_advisory_xact_lock(:lock)")
                    .setParameter("lock", RELAY_LOCK).getSingleResult();
            if (!locked) {
                return 0;
            }
            List<OutboxMessage> batch = OutboxMessage.find("publishedAt is null order by position")
                    .page(0, config.batchSize()).list();
            List<Future<?>> acks = new ArrayList<>(batch.size());
            for (OutboxMessage message : batch) {
                acks.add(producer.send(toRecord(message)));
                try (CaseLog ignored = CaseLog.of(caseOf(message), message.traceParent)) {
                    LOG.debugf("Event %s (%s) sent to %s", message.eventId, message.eventType, message.topic);
                }
            }
            for (Future<?> ack : acks) {
                awaitAck(ack);
            }
            if (!batch.isEmpty()) {
                // one statement for the batch, not one update per row from dirty checking
                OutboxMessage.update("publishedAt = ?1 where eventId in ?2", Instant.now(),
                        batch.stream().map(message -> message.eventId).toList());
            }
            return batch.size();
        });
    }

    /** The case an outbox row belongs to: its subject, the report id (see {@link Outbox#append}). */
    private static UUID caseOf(OutboxMessage message) {
        try {
            return UUID.fromString(message.subject);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    private static ProducerRecord<String, String> toRecord(OutboxMessage message) {
        EventType type = EventType.ofCeType(message.eventType)
                .orElseThrow(() -> new IllegalStateException("outbox holds an unknown type " + message.eventType));
        EventEnvelope envelope = new EventEnvelope(message.eventId, type, message.source, message.subject,
                message.occurredAt, message.messageKey, message.payload);
        ProducerRecord<String, String> record = new ProducerRecord<>(message.topic, envelope.key(),
                envelope.payloadJson());
        envelope.headers().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        if (message.traceParent != null) {
            record.headers().add(CaseTracing.TRACEPARENT, message.traceParent.getBytes(StandardCharsets.US_ASCII));
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
