package id.netral.console;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/**
 * The console's metrics for Prometheus and its health for the kubelet, as the services have them; a request that came
 * through the ingress (which routes / to the console) finds neither.
 */
@QuarkusTest
@WithTestResource(DevSignInResource.class)
class ClusterOnlyEndpointsTest {
    @Test
    void prometheusReadsTheConsolesMetrics() {
        // a page first, so that the HTTP server's meters have a request to count
        given().get("/lacak").then().statusCode(200);

        given().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .contentType(containsString("text/plain"))
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("http_server_requests_seconds_count"));
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void whatCameThroughTheIngressFindsNeitherMetricsNorHealth() {
        for (String path : new String[]{"/q/metrics", "/q/health/ready", "/q/health"}) {
            given().header("X-Forwarded-For", "203.0.113.7").get(path).then().statusCode(404);
            given().header("Forwarded", "for=203.0.113.7;proto=https").get(path).then().statusCode(404);
        }
        // the console's pages are what the ingress is for
        given().header("X-Forwarded-For", "203.0.113.7").get("/lacak").then().statusCode(200);
    }
}
