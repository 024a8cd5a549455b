package id.netral.kit.kafka;

import id.netral.infra.EmbeddedInfraResource;
import id.netral.infra.KafkaServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

/**
 * Readiness answers for what a request needs (the database), so a broker outage does not take the API away; the broker's
 * state is the gauge netral_kafka_broker_reachable instead. The application gets a broker of its own here, which the
 * test stops and starts again, so that the broker the module's other tests share is never disturbed.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "kit"))
@WithTestResource(value = BrokerOutOfReadinessTest.OwnBroker.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class BrokerOutOfReadinessTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

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

    @Test
    void withTheBrokerStoppedTheServiceStaysReadyAndTheGaugeSaysSoUntilTheBrokerIsBack() {
        assertThat(kafkaConfig.get("bootstrap.servers")).as("the application uses the broker this test stops")
                .isEqualTo(OwnBroker.address());
        await().atMost(PATIENCE).until(() -> reachable() == 1);

        OwnBroker.stopBroker();
        try {
            await().atMost(PATIENCE).until(() -> reachable() == 0);
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .until(() -> given().get("/q/health/ready").statusCode() == 200);
            given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
        } finally {
            OwnBroker.startBroker();
        }

        await().atMost(PATIENCE).until(() -> reachable() == 1);
        given().get("/q/health/ready").then().statusCode(200);
    }

    private double reachable() {
        return registry.get("netral.kafka.broker.reachable").gauge().value();
    }

    private static String name(Map<String, Object> check) {
        return String.valueOf(check.get("name")).toLowerCase(Locale.ROOT);
    }

    /**
     * A broker for this test class alone, on a fixed port and a kept log directory, so that it can be stopped and
     * started again as the same broker at the same address.
     */
    public static class OwnBroker implements QuarkusTestResourceLifecycleManager {
        private static Path logs;
        private static int port;
        private static KafkaServer broker;

        @Override
        public Map<String, String> start() {
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
                logs = Files.createTempDirectory("kit-own-broker");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            startBroker();
            return Map.of("kafka.bootstrap.servers", address());
        }

        /** Started after the shared infrastructure, so that its broker address is the one the application gets. */
        @Override
        public int order() {
            return 1;
        }

        static synchronized String address() {
            return broker.bootstrapServers();
        }

        static synchronized void startBroker() {
            broker = KafkaServer.start(logs, port);
        }

        static synchronized void stopBroker() {
            broker.close();
        }

        @Override
        public synchronized void stop() {
            broker.close();
            try (Stream<Path> files = Files.walk(logs)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
