package id.netral.sanction;

import id.netral.infra.Callers;
import id.netral.events.Accused;
import id.netral.events.EmploymentType;
import id.netral.events.EventEnvelope;
import id.netral.events.EventJson;
import id.netral.events.EventType;
import id.netral.events.ReportVerified;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Every endpoint against every kind of token: 401 without a valid one, 403 for a wrong role, 404 for another OPD. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "sanction"))
class AccessControlTest {
    private static UUID reportId;
    private static String recommendationId;

    @ParameterizedTest(name = "GET {0} as {1}: {2}")
    @CsvSource({
            "recommendation, none, 401",
            "recommendation, expired, 401",
            "recommendation, forged, 401",
            "recommendation, personnel-officer, 200",
            "recommendation, ppk, 200",
            "recommendation, auditor, 200",
            "recommendation, opd-head-own, 200",
            "recommendation, opd-head-other, 404",
            "recommendation, partner-app, 403",
            "recommendation, verifier, 403",
            "recommendation, admin, 403",
            "recommendations-of-case, none, 401",
            "recommendations-of-case, ppk, 200",
            "recommendations-of-case, opd-head-own, 200",
            "recommendations-of-case, opd-head-other, 200",
            "recommendations-of-case, partner-app, 403",
            "catalogue, none, 401",
            "catalogue, partner-app, 200",
            "catalogue, opd-head-other, 200",
            "audit, none, 401",
            "audit, auditor, 200",
            "audit, ppk, 403",
            "recap, none, 401",
            "recap, personnel-officer, 200",
            "recap, opd-head-own, 200",
            "recap, partner-app, 403",
            "recap, verifier, 403"})
    void everyEndpointAnswersEachKindOfCallerAsItShould(String endpoint, String caller, int status) {
        String id = recommendation();
        var response = as(caller).when().get(switch (endpoint) {
            case "recommendation" -> "/api/v1/recommendations/" + id;
            case "recommendations-of-case" -> "/api/v1/recommendations?reportId=" + reportId;
            case "catalogue" -> "/api/v1/catalogue";
            case "audit" -> "/api/v1/audit";
            case "recap" -> "/api/v1/recommendations/recap?by=status";
            default -> throw new IllegalArgumentException(endpoint);
        });
        response.then().statusCode(status);
        if (status >= 400) {
            response.then().contentType("application/problem+json");
        }
        if (endpoint.equals("recommendations-of-case") && status == 200) {
            // another OPD's head learns nothing of the case, not even that it exists
            response.then().body("size()", org.hamcrest.Matchers.equalTo(caller.equals("opd-head-other") ? 0 : 1));
        }
    }

    /** One verified case of a DISPERKIM civil servant, made once for all rows of the table. */
    private static synchronized String recommendation() {
        if (recommendationId == null) {
            reportId = UUID.randomUUID();
            ReportVerified verified = new ReportVerified(reportId, Instant.now(), "D2",
                    new Accused(Cases.newEmployeeId(), "Yohanes Bria", EmploymentType.PNS, "DISPERKIM", null),
                    "PILKADA-2024", LocalDate.parse("2024-10-01"));
            new TopicClient(EmbeddedInfraResource.bootstrapServers()).publish(new EventEnvelope(UUID.randomUUID(),
                    EventType.REPORT_VERIFIED, "/netral/report-service", reportId.toString(), Instant.now(),
                    reportId.toString(), EventJson.write(verified)));
            recommendationId = await().atMost(Duration.ofSeconds(30)).until(() -> Callers.asOfficer()
                    .queryParam("reportId", reportId.toString()).when().get("/api/v1/recommendations")
                    .then().extract().jsonPath().getList("id", String.class), ids -> ids.size() == 1).get(0);
        }
        return recommendationId;
    }

    private static RequestSpecification as(String caller) {
        String token = EmbeddedInfraResource.tokens().tokenFor(caller);
        return token == null ? given() : given().auth().oauth2(token);
    }
}
