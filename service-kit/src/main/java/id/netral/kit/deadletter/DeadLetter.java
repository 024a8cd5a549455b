package id.netral.kit.deadletter;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/** A record as it sits on a dead-letter topic: the failed record with the connector's dead-letter-* headers on top. */
public record DeadLetter(ConsumerRecord<String, String> record) {
    private static final String DEAD_LETTER_HEADERS = "dead-letter-";

    public Optional<String> header(String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? Optional.empty()
                : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    /** When it was given to the dead-letter topic. */
    public Instant time() {
        return Instant.ofEpochMilli(record.timestamp());
    }

    public Optional<String> eventId() {
        return header("ce_id");
    }

    public Optional<String> reason() {
        return header(DEAD_LETTER_HEADERS + "reason");
    }

    /**
     * The record as it first came in on the consumed topic, for the consumer to handle again.
     *
     * @param consumedTopic the channel's topic, should the dead-letter headers not name it
     */
    public ConsumerRecord<String, String> original(String consumedTopic) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().startsWith(DEAD_LETTER_HEADERS)) {
                headers.add(header);
            }
        }
        String topic = header(DEAD_LETTER_HEADERS + "topic").orElse(consumedTopic);
        int partition = header(DEAD_LETTER_HEADERS + "partition").map(Integer::parseInt).orElse(record.partition());
        long offset = header(DEAD_LETTER_HEADERS + "offset").map(Long::parseLong).orElse(record.offset());
        return new ConsumerRecord<>(topic, partition, offset, record.timestamp(), TimestampType.CREATE_TIME,
                ConsumerRecord.NULL_SIZE, ConsumerRecord.NULL_SIZE, record.key(), record.value(), headers,
                Optional.empty());
    }
}
