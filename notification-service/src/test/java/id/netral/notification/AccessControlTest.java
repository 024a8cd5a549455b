package id.netral.notification;

import id.netral.infra.Callers;
import id.netral.infra.EmbeddedInfraResource;
import id.netral.infra.TopicClient;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import id.netral.events.access.Roles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** Every endpoint against every kind of token: 401 without a valid one, 403 for a wrong role, 404 for another OPD. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "database", value = "notification"), @ResourceArg(name = "smtp", value = "true")})
class AccessControlTest {
    private static UUID reportId;
    private static String notificationId;
    private static String copyId;

    @Test
    void eachRoleSeesOfTheDirectoryWhatItsWorkNeeds() {
        // admins keep the directory: every office with its heads' contacts and webhooks
        Callers.as(Roles.ADMIN).when().get("/api/v1/opds").then().statusCode(200)
                .body("find { it.code == 'DISPERKIM' }.headEmail", notNullValue());
        // BKPPD, the PPK and auditors: which office, who heads it; not how to reach them
        for (String role : new String[]{Roles.PERSONNEL_OFFICER, Roles.PPK, Roles.AUDITOR}) {
            Callers.as(role).when().get("/api/v1/opds").then().statusCode(200)
                    .body("size()", greaterThan(1))
                    .body("find { it.code == 'DISPERKIM' }.headTitle", notNullValue())
                    .body("findAll { it.headEmail != null || it.headPhone != null || it.webhookUrl != null }",
                            empty());
            Callers.as(role).when().get("/api/v1/opds/DISPERKIM/heads").then().statusCode(200)
                    .body("findAll { it.email != null || it.phone != null }", empty());
        }
        // a verifier: every office's code and name, to read a case's OPD by its name; nothing of its head
        Callers.as(Roles.VERIFIER).when().get("/api/v1/opds/page").then().statusCode(200)
                .body("items.size()", greaterThan(1))
                .body("items.find { it.code == 'DISPERKIM' }.name", notNullValue())
                .body("items.findAll { it.headName != null || it.headTitle != null || it.headEmail != null "
                        + "|| it.headPhone != null || it.webhookUrl != null || it.channelPreference != null }",
                        empty());
        Callers.as(Roles.VERIFIER).when().get("/api/v1/opds/DISPERKIM/heads").then().statusCode(403);
        // an OPD head: their own office only, with its contacts, without its webhook
        Callers.asOpdHead("DISPERKIM").when().get("/api/v1/opds").then().statusCode(200)
                .body("code", contains("DISPERKIM"))
                .body("[0].headEmail", notNullValue())
                .body("[0]", not(hasKey("webhookUrl")));
        Callers.asOpdHead("DISPERKIM").when().get("/api/v1/standing-recipients").then().statusCode(403);
        Callers.as(Roles.PPK).when().get("/api/v1/standing-recipients").then().statusCode(200)
                .body("findAll { it.office.headEmail != null || it.office.webhookUrl != null }", empty());
    }

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
            "directory, ppk, 200",
            "directory, partner-app, 403",
            "directory, verifier, 200",
            "office, partner-app, 403",
            "office, opd-head-own, 200",
            "office, opd-head-other, 404",
            "office, verifier, 200",
            "office, auditor, 200",
            "copy-of-notice, opd-head-own, 404",
            "copy-of-notice, personnel-officer, 200",
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
            case "office" -> "/api/v1/opds/DISPERKIM";
            case "copy-of-notice" -> "/api/v1/notifications/" + copyId;
            case "audit" -> "/api/v1/audit";
            case "standing-recipients" -> "/api/v1/standing-recipients";
            default -> throw new IllegalArgumentException(endpoint);
        });
        response.then().statusCode(status);
        if (status >= 400) {
            response.then().contentType("application/problem+json");
        }
        if (endpoint.equals("notices-of-case") && status == 200) {
            // another OPD's head learns nothing of the case, not even that it exists; the OPD's own head sees the
            // notice to them, not the copies to the PPK, BKPPD and the Inspectorate; the others see all four
            response.then().body("size()", equalTo(switch (caller) {
                case "opd-head-other" -> 0;
                case "opd-head-own" -> 1;
                default -> 4;
            }));
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
            copyId = Callers.asOfficer().queryParam("reportId", reportId.toString()).queryParam("recipientRole", "PPK")
                    .when().get("/api/v1/notifications").then().extract().jsonPath().getString("[0].id");
        }
        return notificationId;
    }

    private static RequestSpecification as(String caller) {
        String token = EmbeddedInfraResource.tokens().tokenFor(caller);
        return token == null ? given() : given().auth().oauth2(token);
    }
}
