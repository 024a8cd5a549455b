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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.stream.Collectors;

/**
 * Reads dead-letter topics with a plain consumer that joins no group and commits nothing, so reading never moves
 * anyone's position: from a point in time to the current end (a replay), or one page of the newest records, which
 * reads each partition backwards from its end only as far as the page needs.
 */
@ApplicationScoped
public class DeadLetterReader {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    /**
     * One page of the records written at or after {@code since}.
     *
     * @param total   how many records there are at or after {@code since}, by their partitions' offsets
     * @param letters the page's records, newest first
     * @param scanned how many records were fetched from the broker to find them
     */
    public record Window(long total, List<DeadLetter> letters, long scanned) {
    }

    /**
     * The records written at or after {@code since} on these topics, newest first, after skipping {@code skip} of them:
     * at most {@code limit}. Within a partition the newer record is the one with the higher offset; partitions are
     * merged by the records' time. Each partition is read backwards in chunks, the first of {@code limit} records and
     * each next one twice the last (a deep page takes few round trips), and reading stops as soon as the page is full:
     * a page costs at most about twice its position in the list, not the topics' size.
     */
    public Window newestFirst(Collection<String> deadLetterTopics, Instant since, long skip, int limit) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : deadLetterTopics) {
                partitions.addAll(partitions(consumer, topic));
            }
            if (partitions.isEmpty()) {
                return new Window(0, List.of(), 0);
            }
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, PATIENCE);
            Map<TopicPartition, Long> start = startOffsets(consumer, partitions, since, end);
            long total = 0;
            PriorityQueue<Backwards> newest = new PriorityQueue<>(Backwards.NEWEST_FIRST);
            long[] scanned = {0};
            for (TopicPartition partition : partitions) {
                total += end.get(partition) - start.get(partition);
                Backwards reader = new Backwards(partition, start.get(partition), end.get(partition), limit);
                if (reader.fill(consumer, scanned)) {
                    newest.add(reader);
                }
            }
            List<DeadLetter> page = new ArrayList<>();
            for (long taken = 0; page.size() < limit && !newest.isEmpty(); taken++) {
                Backwards reader = newest.poll();
                ConsumerRecord<String, String> record = reader.next();
                if (taken >= skip) {
                    page.add(new DeadLetter(record));
                }
                if (reader.fill(consumer, scanned)) {
                    newest.add(reader);
                }
            }
            return new Window(total, page, scanned[0]);
        }
    }

    /** One partition read from its end towards {@code low}, a chunk at a time; the newest unread record first. */
    private static final class Backwards {
        static final Comparator<Backwards> NEWEST_FIRST = Comparator
                .comparingLong((Backwards reader) -> reader.buffer.peekFirst().timestamp()).reversed()
                .thenComparing(reader -> reader.partition.topic())
                .thenComparingInt(reader -> reader.partition.partition());

        private static final int LARGEST_CHUNK = 10_000;

        private final TopicPartition partition;
        private final long low;
        private int chunk;
        private final Deque<ConsumerRecord<String, String>> buffer = new ArrayDeque<>();
        private long high;

        Backwards(TopicPartition partition, long low, long high, int chunk) {
            this.partition = partition;
            this.low = low;
            this.high = high;
            this.chunk = chunk;
        }

        ConsumerRecord<String, String> next() {
            return buffer.pollFirst();
        }

        /** @return whether a record is waiting, having fetched the next older chunk if none was */
        boolean fill(KafkaConsumer<String, String> consumer, long[] scanned) {
            while (buffer.isEmpty() && high > low) {
                long from = Math.max(low, high - chunk);
                consumer.assign(List.of(partition));
                consumer.seek(partition, from);
                for (ConsumerRecord<String, String> record : readTo(consumer, List.of(partition),
                        Map.of(partition, high))) {
                    buffer.addFirst(record);
                    scanned[0]++;
                }
                high = from;
                chunk = Math.min(LARGEST_CHUNK, chunk * 2);
            }
            return !buffer.isEmpty();
        }
    }

    /** @return the records written at or after {@code since}, in partition and offset order */
    public List<DeadLetter> read(String deadLetterTopic, Instant since) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> assigned = partitions(consumer, deadLetterTopic);
            if (assigned.isEmpty()) {
                return List.of();
            }
            consumer.assign(assigned);
            Map<TopicPartition, Long> end = consumer.endOffsets(assigned, PATIENCE);
            startOffsets(consumer, assigned, since, end).forEach(consumer::seek);
            return readTo(consumer, assigned, end).stream().map(DeadLetter::new).toList();
        }
    }

    private KafkaConsumer<String, String> consumer() {
        Map<String, Object> config = KafkaClientSettings.of(kafkaConfig);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "netral-dead-letter-reader");
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, String topic) {
        List<PartitionInfo> partitions = consumer.partitionsFor(topic, PATIENCE);
        return partitions == null ? List.of()
                : partitions.stream().map(partition -> new TopicPartition(topic, partition.partition())).toList();
    }

    /** The first offset of each partition written at or after {@code since}; its end when there is none. */
    private static Map<TopicPartition, Long> startOffsets(KafkaConsumer<String, String> consumer,
                                                          List<TopicPartition> partitions, Instant since,
                                                          Map<TopicPartition, Long> end) {
        Map<TopicPartition, OffsetAndTimestamp> first = consumer.offsetsForTimes(partitions.stream()
                .collect(Collectors.toMap(tp -> tp, tp -> since.toEpochMilli())), PATIENCE);
        Map<TopicPartition, Long> start = new HashMap<>();
        for (TopicPartition partition : partitions) {
            OffsetAndTimestamp found = first.get(partition);
            start.put(partition, found == null ? end.get(partition) : found.offset());
        }
        return start;
    }

    /** Polls the assigned partitions, from where each was sought, up to (not including) its {@code end} offset. */
    private static List<ConsumerRecord<String, String>> readTo(KafkaConsumer<String, String> consumer,
                                                               List<TopicPartition> assigned,
                                                               Map<TopicPartition, Long> end) {
        List<ConsumerRecord<String, String>> read = new ArrayList<>();
        Instant deadline = Instant.now().plus(PATIENCE);
        while (assigned.stream().anyMatch(partition -> consumer.position(partition, PATIENCE) < end.get(partition))) {
            if (Instant.now().isAfter(deadline)) {
                throw new org.apache.kafka.common.errors.TimeoutException("dead-letter topic not read to its end in "
                        + PATIENCE);
            }
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                    read.add(record);
                }
            }
        }
        return read;
    }
}
