package id.netral.kit.outbox;

import id.netral.events.EventEnvelope;
import id.netral.events.EventType;
import id.netral.infra.EmbeddedInfraResource;
import id.netral.infra.TopicClient;
import id.netral.kit.testapp.KitTestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** What a service sees of the outbox: an event appended with its change is on Kafka soon after the commit. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "kit"))
class OutboxTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final TopicClient topics = new TopicClient(EmbeddedInfraResource.bootstrapServers());

    @Inject
    Outbox outbox;
    @Inject
    OutboxRelays relays;

    @Test
    void anAppendedEventIsOnItsTopicAsACloudEventKeyedByTheCaseAndMarkedPublishedAfterTheCommit() {
        UUID caseId = UUID.randomUUID();

        UUID eventId = QuarkusTransaction.requiringNew().call(() -> outbox.append(caseId,
                KitTestEvents.assigned(caseId)));

        await().atMost(PATIENCE).until(() -> relays.published(List.of(eventId)).contains(eventId));
        EventEnvelope published = topics.events(EventType.REPORT_STATUS_CHANGED.topic(), caseId.toString()).stream()
                .filter(event -> event.id().equals(eventId)).findFirst().orElseThrow();
        assertThat(published.type()).isEqualTo(EventType.REPORT_STATUS_CHANGED);
        assertThat(published.source()).isEqualTo("/netral/kit-test");
        assertThat(published.subject()).isEqualTo(caseId.toString());
        assertThat(published.payloadJson()).contains("\"status\":\"ASSIGNED\"");
    }

    @Test
    void anEventIsAppendedOnlyWithinTheChangeItBelongsTo() {
        UUID caseId = UUID.randomUUID();

        assertThatThrownBy(() -> outbox.append(caseId, KitTestEvents.assigned(caseId)))
                .isInstanceOf(TransactionalException.class);
    }
}
