package id.netral.kit.kafka;

import id.netral.infra.EmbeddedInfraResource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Readiness answers for what a request needs (the database), so a broker outage does not take the API away; the broker's
 * state is a gauge instead.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "kit"))
class BrokerOutOfReadinessTest {
    @Inject
    MeterRegistry registry;
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Test
    void readinessChecksTheDatabaseAndNothingOfKafka() {
        List<Map<String, Object>> checks = given().get("/q/health/ready").then().statusCode(200)
                .extract().jsonPath().getList("checks");

        assertThat(checks).extracting(check -> name(check)).anyMatch(name -> name.contains("database"))
                .noneMatch(name -> name.contains("kafka"));
        // the messaging extension keeps its readiness check, but no channel reports to it: it cannot go down
        assertThat(checks).filteredOn(check -> name(check).contains("messaging"))
                .allSatisfy(check -> assertThat((Map<?, ?>) check.get("data")).as("channels in readiness")
                        .isNullOrEmpty());
    }

    private static String name(Map<String, Object> check) {
        return String.valueOf(check.get("name")).toLowerCase(Locale.ROOT);
    }

    @Test
    void theBrokersStateIsAGaugeThatAProbeOfAnUnreachableBrokerWouldSetToZero() {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> registry.get("netral.kafka.broker.reachable").gauge().value() == 1);
        try (Admin nowhere = BrokerReachability.admin(Map.of("bootstrap.servers", "127.0.0.1:1"));
             Admin here = BrokerReachability.admin(kafkaConfig)) {
            assertThat(BrokerReachability.answers(nowhere)).isFalse();
            assertThat(BrokerReachability.answers(here)).isTrue();
        }
    }
}
