package id.netral.kit.outbox;

import id.netral.events.EventType;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import id.netral.kit.logging.DetachedWork;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import java.util.Map;
import java.util.UUID;

/**
 * Relays besides the application's own, over the same database: what another replica of the service would run, or
 * this one with a broker it cannot reach. And outbox rows written without the commit that wakes the application's
 * relay, so that only the relay a test chooses publishes them.
 */
@ApplicationScoped
public class OutboxRelays {
    @Inject
    EntityManager entityManager;
    @Inject
    DataSource dataSource;
    @Inject
    DetachedWork background;
    @Inject
    MeterRegistry registry;
    @Inject
    OutboxConfig config;
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    /** A relay as another replica runs it, publishing to the test broker. */
    public OutboxRelay replica(EventProducer producer) {
        return replica(producer, config);
    }

    public OutboxRelay replica(EventProducer producer, OutboxConfig settings) {
        OutboxRelay relay = new OutboxRelay();
        relay.dataSource = dataSource;
        relay.producer = producer;
        relay.background = background;
        relay.registry = registry;
        relay.config = settings;
        return relay;
    }

    /** Drains the outbox once as another replica would, with a producer of its own, closed afterwards. */
    public void drainAsReplica(EventProducer producer, OutboxConfig settings) {
        try {
            replica(producer, settings).drain();
        } finally {
            producer.close();
        }
    }

    public EventProducer producer() {
        return new EventProducer(kafkaConfig, config);
    }

    /** A producer whose broker is not there: nothing listens on port 1. */
    public EventProducer producerToNowhere() {
        return new EventProducer(Map.of("bootstrap.servers", "127.0.0.1:1"), config);
    }

    public Map<String, Object> kafkaConfig() {
        return kafkaConfig;
    }

    public OutboxConfig config() {
        return config;
    }

    /** @return the event ids of {@code count} events of one case written to the outbox, oldest first */
    public List<UUID> waiting(String topic, String caseId, int count) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<UUID> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                OutboxMessage message = message(topic, caseId);
                message.persist();
                ids.add(message.eventId);
            }
            return ids;
        });
    }

    public static OutboxMessage message(String topic, String caseId) {
        OutboxMessage message = new OutboxMessage();
        message.eventId = UUID.randomUUID();
        message.eventType = EventType.REPORT_STATUS_CHANGED.ceType();
        message.topic = topic;
        message.messageKey = caseId;
        message.source = "/netral/kit-test";
        message.subject = caseId;
        message.occurredAt = Instant.now();
        message.payload = "{\"reportId\":\"" + caseId + "\",\"status\":\"ASSIGNED\",\"changedAt\":\""
                + message.occurredAt + "\"}";
        return message;
    }

    /** @return the ids among these that the outbox holds as published */
    public List<UUID> published(List<UUID> eventIds) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>list(
                "eventId in ?1 and publishedAt is not null", eventIds).stream().map(m -> m.eventId).toList());
    }
}
