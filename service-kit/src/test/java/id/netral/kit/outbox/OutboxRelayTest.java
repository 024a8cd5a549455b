package id.netral.kit.outbox;

import id.netral.infra.EmbeddedInfraResource;
import id.netral.infra.TopicClient;
import id.netral.kit.KitSettings;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Vetoed;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relay against a real PostgreSQL and a real broker. The rows are written without waking the application's own
 * relay (and its schedule is off in tests), so each test decides which relay publishes them.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "kit"))
class OutboxRelayTest {
    private final TopicClient topics = new TopicClient(EmbeddedInfraResource.bootstrapServers());

    @Inject
    OutboxRelays relays;
    @Inject
    OutboxRelay applicationRelay;

    @Test
    void withTheBrokerUnreachableNothingIsMarkedPublishedAndOnceItIsBackTheEventGoesOut() {
        String topic = uniqueTopic();
        // one event: the producer waits 10 s for a broker it cannot reach, per record
        List<UUID> events = relays.waiting(topic, UUID.randomUUID().toString(), 1);

        relays.drainAsReplica(relays.producerToNowhere(), relays.config());
        assertThat(relays.published(events)).isEmpty();
        assertThat(topics.all(topic)).isEmpty();

        applicationRelay.drain();
        assertThat(relays.published(events)).containsExactlyInAnyOrderElementsOf(events);
        assertThat(topics.all(topic)).extracting(record -> record.event().id()).containsExactlyElementsOf(events);
    }

    @Test
    void whileOneReplicaRelaysAnotherOverTheSameDatabasePublishesNothingAndNoEventGoesOutTwice() throws Exception {
        String topic = uniqueTopic();
        List<UUID> events = relays.waiting(topic, UUID.randomUUID().toString(), 4);
        HeldProducer held = new HeldProducer(relays.kafkaConfig(), relays.config());
        EventProducer other = relays.producer();
        try {
            CompletableFuture<Void> first = CompletableFuture.runAsync(() -> relays.replica(held).drain());
            assertThat(held.sending.await(30, TimeUnit.SECONDS)).as("the first replica began to publish").isTrue();

            relays.replica(other).drain();
            assertThat(topics.all(topic)).as("what the second replica published while the first held the lock")
                    .isEmpty();

            held.release.countDown();
            first.get(30, TimeUnit.SECONDS);
        } finally {
            held.release.countDown();
            held.close();
            other.close();
        }
        assertThat(topics.all(topic)).extracting(record -> record.event().id()).containsExactlyElementsOf(events);
        assertThat(relays.published(events)).containsExactlyInAnyOrderElementsOf(events);
    }

    @Test
    void moreEventsThanABatchAllGoOutInOneDrainInTheOrderTheyWereWritten() {
        String topic = uniqueTopic();
        List<UUID> events = relays.waiting(topic, UUID.randomUUID().toString(), 5);
        OutboxConfig batchesOfTwo = KitSettings.read(OutboxConfig.class, Map.of("netral.outbox.batch-size", "2"));
        relays.drainAsReplica(relays.producer(), batchesOfTwo);

        assertThat(topics.all(topic)).extracting(record -> record.event().id()).containsExactlyElementsOf(events);
        assertThat(relays.published(events)).containsExactlyInAnyOrderElementsOf(events);
    }

    @Test
    void publishedEventsAreRemovedAfterTheRetentionAndUnpublishedOnesNever() {
        String topic = uniqueTopic();
        String caseId = UUID.randomUUID().toString();
        UUID longPublished = write(topic, caseId, Instant.now().minus(Duration.ofDays(8)));
        UUID recentlyPublished = write(topic, caseId, Instant.now().minus(Duration.ofDays(6)));
        UUID waitingLong = QuarkusTransaction.requiringNew().call(() -> {
            OutboxMessage message = OutboxRelays.message(topic, caseId);
            message.occurredAt = Instant.now().minus(Duration.ofDays(30));
            message.persist();
            return message.eventId;
        });

        applicationRelay.purgePublished();

        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>list("topic", topic)
                .stream().map(m -> m.eventId).toList())).containsExactlyInAnyOrder(recentlyPublished, waitingLong);
        applicationRelay.drain();
    }

    private static UUID write(String topic, String caseId, Instant publishedAt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OutboxMessage message = OutboxRelays.message(topic, caseId);
            message.publishedAt = publishedAt;
            message.persist();
            return message.eventId;
        });
    }

    private static String uniqueTopic() {
        return "kit-test.outbox." + UUID.randomUUID();
    }

    /** A producer that holds its first record until the test lets it go, keeping its relay inside the lock. */
    @Vetoed
    static class HeldProducer extends EventProducer {
        final CountDownLatch sending = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        HeldProducer(Map<String, Object> kafkaConfig, OutboxConfig config) {
            super(kafkaConfig, config);
        }

        @Override
        public Future<RecordMetadata> send(ProducerRecord<String, String> record) {
            sending.countDown();
            try {
                if (!release.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never released the held producer");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return super.send(record);
        }
    }
}
