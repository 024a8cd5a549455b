package id.netral.kit.outbox;

import id.netral.kit.kafka.KafkaClientSettings;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Future;

/**
 * The Kafka producer of the outbox relay: acks from every in-sync replica and idempotent retries. No zstd: its
 * compression setting refuses it ({@link OutboxConfig#compression()}).
 */
@ApplicationScoped
public class EventProducer {
    private final KafkaProducer<String, String> producer;

    @Inject
    public EventProducer(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                         OutboxConfig outbox) {
        Map<String, Object> config = KafkaClientSettings.of(kafkaConfig);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, outbox.compression());
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) Duration.ofSeconds(10).toMillis());
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Duration.ofSeconds(30).toMillis());
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Duration.ofSeconds(10).toMillis());
        config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "netral-outbox-relay");
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    public Future<RecordMetadata> send(ProducerRecord<String, String> record) {
        return producer.send(record);
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
