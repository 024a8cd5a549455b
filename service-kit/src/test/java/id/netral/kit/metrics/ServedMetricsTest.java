package id.netral.kit.metrics;

import id.netral.infra.EmbeddedInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Kubernetes checks (deploy/kubernetes MonitoringTest) take the names of the metrics a service exposes besides
 * Netral's own from a list, exposed-metrics.txt. This holds the list's service groups to what a service built on the
 * kit really serves on /q/metrics, so an alert or a dashboard never waits on a metric that no service has.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "kit"))
class ServedMetricsTest {
    private static final Path LIST = Path.of("../deploy/kubernetes/src/test/resources/exposed-metrics.txt");

    @Test
    void everyServiceMetricTheMonitoringListNamesIsServed() throws IOException {
        List<String> listed = servicesGroups();
        assertThat(listed).as("the service groups of " + LIST).hasSizeGreaterThan(10);
        // the request timer appears with the first request to the application (not to /q), the pause timer with the
        // first collection the JVM reports, which comes on its own thread
        given().contentType("application/json").body("{\"decision\":\"VERIFIED\"}")
                .when().post("/kit-test/decisions").then().statusCode(200);
        System.gc();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String served = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
            List<String> missing = listed.stream()
                    .filter(name -> !served.contains("\n" + name + "{") && !served.contains("\n" + name + " "))
                    .toList();
            assertThat(missing).as("listed in exposed-metrics.txt but not on /q/metrics").isEmpty();
        });
    }

    /** The names under the groups whose comment begins "# The services", up to the next group. */
    private static List<String> servicesGroups() throws IOException {
        List<String> names = new ArrayList<>();
        boolean inServicesGroup = false;
        boolean afterComment = false;
        for (String line : Files.readAllLines(LIST)) {
            if (line.startsWith("#")) {
                if (!afterComment) {
                    inServicesGroup = line.startsWith("# The services");
                }
                afterComment = true;
            } else {
                afterComment = false;
                if (inServicesGroup && !line.isBlank()) {
                    names.add(line.strip());
                }
            }
        }
        return names;
    }
}
