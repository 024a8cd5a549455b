package id.netral.kit.deadletter;

import id.netral.infra.EmbeddedInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of a large dead-letter topic: the right records, newest first, found by reading each partition backwards only
 * as far as the page needs.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "kit"))
class DeadLetterPagingTest {
    private static final String TOPIC = "kit-test.paging-dead-letter.v1";
    private static final int PARTITIONS = 3;
    private static final int RECORDS = 3000;
    /** record i was parked at FIRST + i seconds, on partition i % 3 */
    private static final Instant FIRST = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    @Inject
    DeadLetterReader reader;

    @BeforeAll
    static void parkManyRecords() throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfraResource.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < RECORDS; i++) {
                ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, i % PARTITIONS,
                        FIRST.plusSeconds(i).toEpochMilli(), "case-" + i, "{}");
                record.headers().add("ce_id", Integer.toString(i).getBytes(StandardCharsets.UTF_8));
                producer.send(record);
            }
            producer.flush();
        }
    }

    @Test
    void aPageInTheMiddleHoldsTheNextNewestRecordsAndReadsLittleMoreThanItsPosition() {
        DeadLetterReader.Window window = reader.newestFirst(List.of(TOPIC), Instant.EPOCH, 40, 20);

        assertThat(window.total()).isEqualTo(RECORDS);
        assertThat(ids(window)).containsExactlyElementsOf(newestFirst(RECORDS - 41, RECORDS - 60));
        assertThat(window.scanned()).as("records fetched for page 2 of 20")
                .isLessThanOrEqualTo(2 * (40 + 20) + PARTITIONS * 20L);
    }

    @Test
    void theLastPageIsShortAndAPageBeyondTheEndIsEmpty() {
        DeadLetterReader.Window last = reader.newestFirst(List.of(TOPIC), Instant.EPOCH, RECORDS - 20, 50);
        assertThat(ids(last)).containsExactlyElementsOf(newestFirst(19, 0));
        assertThat(last.total()).isEqualTo(RECORDS);
        assertThat(last.scanned()).as("each record once").isEqualTo(RECORDS);

        DeadLetterReader.Window beyond = reader.newestFirst(List.of(TOPIC), Instant.EPOCH, RECORDS, 50);
        assertThat(beyond.letters()).isEmpty();
        assertThat(beyond.total()).isEqualTo(RECORDS);
    }

    @Test
    void onlyRecordsParkedSinceTheTimeAskedForAreCountedAndListed() {
        Instant since = FIRST.plusSeconds(RECORDS - 100);

        DeadLetterReader.Window window = reader.newestFirst(List.of(TOPIC), since, 90, 30);

        assertThat(window.total()).isEqualTo(100);
        assertThat(ids(window)).containsExactlyElementsOf(newestFirst(RECORDS - 91, RECORDS - 100));
    }

    @Test
    void aTopicNobodyWroteToIsAnEmptyList() {
        DeadLetterReader.Window window = reader.newestFirst(List.of("kit-test.never-written.v1"), Instant.EPOCH, 0,
                50);
        assertThat(window.total()).isZero();
        assertThat(window.letters()).isEmpty();
    }

    private static List<String> ids(DeadLetterReader.Window window) {
        return window.letters().stream().map(letter -> letter.eventId().orElseThrow()).toList();
    }

    private static List<String> newestFirst(long from, long downTo) {
        return LongStream.iterate(from, i -> i >= downTo, i -> i - 1).mapToObj(Long::toString).toList();
    }
}
