package id.netral.kit.deadletter;

import id.netral.kit.kafka.KafkaClientSettings;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a dead-letter topic from a point in time to its current end with a plain consumer that joins no group and
 * commits nothing, so reading never moves anyone's position. Dead-letter topics are small (a record per event that
 * could not be handled), so reading them whole is affordable.
 */
@ApplicationScoped
public class DeadLetterReader {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    /** @return the records written at or after {@code since}, in partition and offset order */
    public List<DeadLetter> read(String deadLetterTopic, Instant since) {
        Map<String, Object> config = KafkaClientSettings.of(kafkaConfig);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "netral-dead-letter-reader");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            List<PartitionInfo> partitions = consumer.partitionsFor(deadLetterTopic, PATIENCE);
            if (partitions == null || partitions.isEmpty()) {
                return List.of();
            }
            List<TopicPartition> assigned = partitions.stream()
                    .map(partition -> new TopicPartition(deadLetterTopic, partition.partition())).toList();
            consumer.assign(assigned);
            Map<TopicPartition, Long> end = consumer.endOffsets(assigned, PATIENCE);
            Map<TopicPartition, OffsetAndTimestamp> start = consumer.offsetsForTimes(assigned.stream()
                    .collect(Collectors.toMap(tp -> tp, tp -> since.toEpochMilli())), PATIENCE);
            for (TopicPartition partition : assigned) {
                OffsetAndTimestamp first = start.get(partition);
                consumer.seek(partition, first == null ? end.get(partition) : first.offset());
            }
            return readToEnd(consumer, assigned, end);
        }
    }

    private static List<DeadLetter> readToEnd(KafkaConsumer<String, String> consumer, List<TopicPartition> assigned,
                                              Map<TopicPartition, Long> end) {
        List<DeadLetter> read = new ArrayList<>();
        Instant deadline = Instant.now().plus(PATIENCE);
        while (assigned.stream().anyMatch(partition -> consumer.position(partition, PATIENCE) < end.get(partition))) {
            if (Instant.now().isAfter(deadline)) {
                throw new org.apache.kafka.common.errors.TimeoutException("dead-letter topic not read to its end in "
                        + PATIENCE);
            }
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                    read.add(new DeadLetter(record));
                }
            }
        }
        return read;
    }
}
