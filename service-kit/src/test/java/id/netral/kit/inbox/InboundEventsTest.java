package id.netral.kit.inbox;

import id.netral.events.EventEnvelope;
import id.netral.infra.EmbeddedInfraResource;
import id.netral.infra.TopicClient;
import id.netral.kit.testapp.ScriptedHandler;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static id.netral.kit.testapp.KitTestEvents.DEAD_LETTERS;
import static id.netral.kit.testapp.KitTestEvents.TOPIC;
import static id.netral.kit.testapp.KitTestEvents.envelope;
import static id.netral.kit.testapp.KitTestEvents.send;
import static id.netral.kit.testapp.KitTestEvents.topics;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

/**
 * A consumer built on InboundEvents (the test application's TestEvents, three attempts, 10 ms first pause) fed
 * through a real Kafka broker, with its inbox and effects in a real PostgreSQL.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "kit"))
class InboundEventsTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    ScriptedHandler handler;
    @Inject
    MeterRegistry registry;

    @Test
    void theSameEventDeliveredTwiceChangesOnce() {
        UUID caseId = UUID.randomUUID();
        EventEnvelope event = envelope(caseId);
        EventEnvelope laterOfTheSameCase = envelope(caseId);

        send(event);
        send(event);
        send(laterOfTheSameCase);

        // one case's records keep their order, so once the later one has acted both deliveries have been handled
        await().atMost(PATIENCE).until(() -> handler.effects(laterOfTheSameCase.id()) == 1);
        assertThat(handler.effects(event.id())).isEqualTo(1);
        assertThat(handler.attempts(event.id())).isEqualTo(1);
    }

    @Test
    void aHandlerThatFailsForAWhileIsRetriedUntilItsChangeCommitsOnce() {
        EventEnvelope event = envelope(UUID.randomUUID());
        handler.failNext(event.id(), 2);

        send(event);

        await().atMost(PATIENCE).until(() -> handler.effects(event.id()) == 1);
        assertThat(handler.attempts(event.id())).isEqualTo(3);
    }

    @Test
    void anEventThatFindsTheDatabaseAwayFarMoreOftenThanTheAttemptsAllowIsWaitedOutAndHandledOnceNeverDeadLettered() {
        EventEnvelope event = envelope(UUID.randomUUID());
        EventEnvelope laterOfTheSameCase = envelope(UUID.fromString(event.key()));
        handler.findDatabaseAwayNext(event.id(), 12);

        send(event);
        send(laterOfTheSameCase);

        await().atMost(PATIENCE).until(() -> handler.effects(laterOfTheSameCase.id()) == 1);
        assertThat(handler.effects(event.id())).isEqualTo(1);
        assertThat(handler.attempts(event.id())).isEqualTo(13);
        assertThat(deadLettersOf(event.key())).isEmpty();
    }

    @Test
    void whileAnEventWaitsOnTheDatabaseTheServiceIsNotReadyNamingItAndTheWaitIsMeasuredUntilItIsHandled() {
        EventEnvelope event = envelope(UUID.randomUUID());
        handler.findDatabaseAwayNext(event.id(), Integer.MAX_VALUE);
        try {
            send(event);

            await().atMost(PATIENCE).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(503)
                    .body("checks.find { it.name == 'Inbound events' }.status", is("DOWN"))
                    .body("checks.find { it.name == 'Inbound events' }.data.reason",
                            containsString(event.id().toString())));
            await().atMost(PATIENCE).until(() -> registry.get("netral.inbound.waiting.seconds").gauge().value() >= 1);
            assertThat(registry.find("netral.inbound.events").tag("outcome", "waiting").counters())
                    .anySatisfy(counter -> assertThat(counter.count()).isPositive());
        } finally {
            handler.databaseBack(event.id());
        }

        await().atMost(PATIENCE).until(() -> handler.effects(event.id()) == 1);
        given().get("/q/health/ready").then().statusCode(200);
        assertThat(registry.get("netral.inbound.waiting.seconds").gauge().value()).isZero();
        assertThat(deadLettersOf(event.key())).isEmpty();
    }

    @Test
    void aHandlerThatKeepsFailingGivesTheRecordToTheDeadLetterTopicWithTheReasonAfterTheLastAttempt() {
        EventEnvelope event = envelope(UUID.randomUUID());
        handler.failNext(event.id(), Integer.MAX_VALUE);

        send(event);

        TopicClient.Received parked = awaitDeadLetterOf(event.key());
        assertThat(parked.headers().get("dead-letter-reason")).contains("scripted failure of event " + event.id());
        assertThat(parked.event().id()).isEqualTo(event.id());
        assertThat(handler.attempts(event.id())).isEqualTo(3);
        assertThat(handler.effects(event.id())).isZero();
    }

    @Test
    void anEventTheHandlerFindsBreakingItsContractGoesToTheDeadLetterTopicWithoutARetry() {
        EventEnvelope event = envelope(UUID.randomUUID());
        handler.findBreach(event.id(), "keyed by another case");

        send(event);

        TopicClient.Received parked = awaitDeadLetterOf(event.key());
        assertThat(parked.headers().get("dead-letter-reason")).contains("keyed by another case");
        assertThat(handler.attempts(event.id())).isEqualTo(1);
        assertThat(handler.effects(event.id())).isZero();
    }

    @Test
    void aRecordThatIsNotACloudEventGoesToTheDeadLetterTopicWithoutReachingTheHandler() {
        String caseId = UUID.randomUUID().toString();

        topics().send(new ProducerRecord<>(TOPIC, caseId, "{\"reportId\":\"" + caseId + "\"}"));

        TopicClient.Received parked = awaitDeadLetterOf(caseId);
        assertThat(parked.headers().get("dead-letter-reason")).contains("not a CloudEvents 1.0 record");
        assertThat(parked.value()).contains(caseId);
    }

    @Test
    void anEventOffItsSchemaGoesToTheDeadLetterTopicWithoutReachingTheHandler() {
        EventEnvelope valid = envelope(UUID.randomUUID());
        ProducerRecord<String, String> offSchema = new ProducerRecord<>(TOPIC, valid.key(),
                valid.payloadJson().replace("ASSIGNED", "SHRUGGED"));
        valid.headers().forEach((name, value) -> offSchema.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));

        topics().send(offSchema);

        awaitDeadLetterOf(valid.key());
        assertThat(handler.attempts(valid.id())).isZero();
        assertThat(handler.effects(valid.id())).isZero();
    }

    private static TopicClient.Received awaitDeadLetterOf(String key) {
        return await().atMost(PATIENCE).until(() -> deadLettersOf(key), parked -> !parked.isEmpty()).get(0);
    }

    private static List<TopicClient.Received> deadLettersOf(String key) {
        return topics().all(DEAD_LETTERS).stream().filter(record -> key.equals(record.key())).toList();
    }
}
