package id.netral.notification;

import id.netral.infra.Callers;
import id.netral.infra.EmbeddedInfraResource;
import id.netral.infra.TopicClient;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Every endpoint against every kind of token: 401 without a valid one, 403 for a wrong role, 404 for another OPD. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "database", value = "notification"), @ResourceArg(name = "smtp", value = "true")})
class AccessControlTest {
    private static UUID reportId;
    private static String notificationId;

    @ParameterizedTest(name = "GET {0} as {1}: {2}")
    @CsvSource({
            "notice, none, 401",
            "notice, expired, 401",
            "notice, forged, 401",
            "notice, personnel-officer, 200",
            "notice, ppk, 200",
            "notice, auditor, 200",
            "notice, admin, 200",
            "notice, opd-head-own, 200",
            "notice, opd-head-other, 404",
            "notice, partner-app, 403",
            "notice, verifier, 403",
            "notices-of-case, none, 401",
            "notices-of-case, ppk, 200",
            "notices-of-case, opd-head-own, 200",
            "notices-of-case, opd-head-other, 200",
            "notices-of-case, partner-app, 403",
            "directory, none, 401",
            "directory, opd-head-other, 200",
            "directory, partner-app, 200",
            "audit, none, 401",
            "audit, auditor, 200",
            "audit, opd-head-own, 403",
            "standing-recipients, none, 401",
            "standing-recipients, ppk, 200",
            "standing-recipients, auditor, 200",
            "standing-recipients, opd-head-own, 403",
            "standing-recipients, partner-app, 403"})
    void everyEndpointAnswersEachKindOfCallerAsItShould(String endpoint, String caller, int status) {
        String id = notification();
        var response = as(caller).when().get(switch (endpoint) {
            case "notice" -> "/api/v1/notifications/" + id;
            case "notices-of-case" -> "/api/v1/notifications?reportId=" + reportId;
            case "directory" -> "/api/v1/opds";
            case "audit" -> "/api/v1/audit";
            case "standing-recipients" -> "/api/v1/standing-recipients";
            default -> throw new IllegalArgumentException(endpoint);
        });
        response.then().statusCode(status);
        if (status >= 400) {
            response.then().contentType("application/problem+json");
        }
        if (endpoint.equals("notices-of-case") && status == 200) {
            // another OPD's head learns nothing of the case, not even that it exists; the others see the notice to
            // the head and its three copies
            response.then().body("size()", equalTo(caller.equals("opd-head-other") ? 0 : 4));
        }
    }

    /** One notice to the head of DISPERKIM (and its copies), made once for all rows of the table. */
    private static synchronized String notification() {
        if (notificationId == null) {
            reportId = UUID.randomUUID();
            new TopicClient(EmbeddedInfraResource.bootstrapServers()).publish(
                    SampleRecommendations.envelope(SampleRecommendations.gasTaglinePost(reportId, "DISPERKIM")));
            notificationId = await().atMost(Notices.PATIENCE).until(() -> Callers.asOfficer()
                    .queryParam("reportId", reportId.toString()).when().get("/api/v1/notifications")
                    .then().extract().jsonPath().getList("id", String.class), ids -> ids.size() == 4).get(0);
        }
        return notificationId;
    }

    private static RequestSpecification as(String caller) {
        String token = EmbeddedInfraResource.tokens().tokenFor(caller);
        return token == null ? given() : given().auth().oauth2(token);
    }
}
