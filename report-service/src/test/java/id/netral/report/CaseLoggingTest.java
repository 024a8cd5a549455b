package id.netral.report;

import id.netral.events.EventEnvelope;
import id.netral.events.Topics;
import id.netral.infra.EmbeddedInfraResource;
import id.netral.infra.TopicClient;
import id.netral.kit.logging.CaseLog;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the cluster's log collector gets of a case's work: every line names the case (MDC caseId, the report id) and its
 * trace (MDC traceId), from the submission to the relay of its events; no line names the reporter. The kit's outbox
 * lines are at DEBUG, switched on here for the test.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "report"))
class CaseLoggingTest {
    /** One log line as the JSON formatter writes it: the message with its parameters, and the MDC. */
    record Line(String logger, String message, String caseId, String traceId, String thrown) {
        boolean mentions(String text) {
            return message.contains(text) || (thrown != null && thrown.contains(text));
        }
    }

    private static final String REPORTER_PHONE = "0812-3456-7890";

    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final Logger root = Logger.getLogger("");
    private final Logger kit = Logger.getLogger("id.netral.kit");
    private Level kitLevel;
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            ExtLogRecord ext = (ExtLogRecord) record;
            lines.add(new Line(ext.getLoggerName(), ext.getFormattedMessage(), ext.getMdc(CaseLog.CASE_ID),
                    ext.getMdc(CaseLog.TRACE_ID), ext.getThrown() == null ? null : ext.getThrown().toString()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLogs() {
        kitLevel = kit.getLevel();
        kit.setLevel(Level.FINE);
        root.addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        root.removeHandler(capture);
        kit.setLevel(kitLevel);
    }

    @Test
    void everyLineOfACasesWorkNamesTheCaseAndItsTraceAndNeverTheReporter() {
        UUID caseId = SampleReports.submit(SampleReports.gasTaglinePost());
        SampleReports.verify(caseId, "D2");
        // a reporter reachable by telephone, whose number must not show either
        Map<String, Object> byPhone = SampleReports.gasTaglinePost();
        SampleReports.part(byPhone, "reporter").put("contact", REPORTER_PHONE);
        UUID phoneCase = SampleReports.submit(byPhone);

        // submitted, screened (registered) and verified: written to the outbox and relayed to Kafka
        TopicClient topics = new TopicClient(EmbeddedInfraResource.bootstrapServers());
        Set<String> eventIds = await().atMost(Duration.ofSeconds(20))
                .until(() -> topics.events(Topics.REPORTS, caseId.toString()), events -> events.size() >= 3)
                .stream().map(EventEnvelope::id).map(UUID::toString).collect(Collectors.toSet());
        await().atMost(Duration.ofSeconds(20))
                .until(() -> topics.events(Topics.REPORTS, phoneCase.toString()), events -> events.size() >= 2);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (String eventId : eventIds) {
                assertThat(lines).filteredOn(line -> line.mentions(eventId))
                        .extracting(Line::message)
                        .anyMatch(message -> message.contains("written to the outbox"))
                        .anyMatch(message -> message.contains("sent to " + Topics.REPORTS));
            }
        });

        List<Line> ofTheCase = lines.stream()
                .filter(line -> line.mentions(caseId.toString()) || eventIds.stream().anyMatch(line::mentions))
                .toList();
        assertThat(ofTheCase).hasSizeGreaterThanOrEqualTo(2 * eventIds.size());
        assertThat(ofTheCase).allSatisfy(line -> {
            assertThat(line.caseId()).as("caseId of %s", line).isEqualTo(caseId.toString());
            assertThat(line.traceId()).as("traceId of %s", line).matches("[0-9a-f]{32}");
        });
        // the relay, on its own thread, logs in the trace of the request that wrote the event
        for (String eventId : eventIds) {
            assertThat(ofTheCase).filteredOn(line -> line.mentions(eventId)).extracting(Line::traceId)
                    .as("trace ids of event %s", eventId).filteredOn(Objects::nonNull).containsOnly(
                            ofTheCase.stream().filter(line -> line.mentions(eventId)).findFirst().orElseThrow()
                                    .traceId());
        }

        assertThat(lines).allSatisfy(line -> Arrays.asList(SampleReports.REPORTER_NAME,
                SampleReports.REPORTER_CONTACT, SampleReports.REPORTER_NIK, REPORTER_PHONE).forEach(identity -> {
            assertThat(line.message()).doesNotContain(identity);
            assertThat(String.valueOf(line.thrown())).doesNotContain(identity);
            assertThat(String.valueOf(line.caseId())).doesNotContain(identity);
        }));
    }
}
