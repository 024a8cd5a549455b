package id.netral.kit.outbox;

import id.netral.infra.EmbeddedInfraResource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** The gauges an operator's alert watches (measured every second in tests) follow the outbox. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "kit"))
class OutboxBacklogTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    MeterRegistry registry;
    @Inject
    OutboxRelay applicationRelay;

    @Test
    void eventsTheRelayCouldNotPublishShowAsPendingWithTheAgeOfTheOldestAndGoBackToZeroOnceRelayed() {
        String caseId = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            OutboxMessage stuck = OutboxRelays.message("kit-test.outbox." + UUID.randomUUID(), caseId);
            stuck.occurredAt = Instant.now().minus(Duration.ofHours(1));
            stuck.persist();
            OutboxRelays.message("kit-test.outbox." + UUID.randomUUID(), caseId).persist();
        });

        await().atMost(PATIENCE).until(() -> gauge("netral.outbox.pending.events") >= 2
                && gauge("netral.outbox.oldest.pending.age.seconds") >= 3600);

        applicationRelay.drain();
        await().atMost(PATIENCE).until(() -> gauge("netral.outbox.pending.events") == 0
                && gauge("netral.outbox.oldest.pending.age.seconds") == 0);
    }

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }
}
