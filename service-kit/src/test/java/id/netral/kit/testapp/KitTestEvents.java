package id.netral.kit.testapp;

import id.netral.events.EventEnvelope;
import id.netral.events.EventJson;
import id.netral.events.EventType;
import id.netral.events.ReportStatusChanged;
import id.netral.infra.EmbeddedInfraResource;
import id.netral.infra.TopicClient;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/** Events as an upstream service would send them to the test application's topic. */
public final class KitTestEvents {
    public static final String TOPIC = "kit-test.events.v1";
    public static final String DEAD_LETTERS = "kit-test.dead-letter.v1";

    private KitTestEvents() {
    }

    public static TopicClient topics() {
        return new TopicClient(EmbeddedInfraResource.bootstrapServers());
    }

    /** A contract-abiding event about the case: a verifier was assigned. */
    public static ReportStatusChanged assigned(UUID caseId) {
        return new ReportStatusChanged(caseId, "ASSIGNED", Instant.now());
    }

    public static EventEnvelope envelope(UUID caseId) {
        return new EventEnvelope(UUID.randomUUID(), EventType.REPORT_STATUS_CHANGED, "/netral/upstream-test",
                caseId.toString(), Instant.now(), caseId.toString(), EventJson.write(assigned(caseId)));
    }

    /** Sends the event to the test application's topic in CloudEvents binary mode. */
    public static void send(EventEnvelope event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, event.key(), event.payloadJson());
        event.headers().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        topics().send(record);
    }
}
