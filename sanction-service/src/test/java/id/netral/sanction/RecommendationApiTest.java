package id.netral.sanction;

import id.netral.infra.EmbeddedInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/** What people and partner apps can ask over REST, and the answers to bad questions. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "sanction"))
class RecommendationApiTest {

    @Test
    void anUnknownRecommendationIsANotFoundProblem() {
        Callers.asOfficer().when().get("/api/v1/recommendations/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
        Callers.asOfficer().when().get("/api/v1/recommendations/not-a-uuid")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void listingNeedsAReportIdAndSaysSoByName() {
        Callers.asOfficer().when().get("/api/v1/recommendations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("reportId"))
                .body("errors[0].message", startsWith("is required"));
        Callers.asOfficer().queryParam("reportId", "kasus-123").when().get("/api/v1/recommendations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("reportId"))
                .body("errors[0].message", equalTo("must be a UUID"));
    }

    @Test
    void theCatalogueInForceIsPublishedWithItsLocalRules() {
        Callers.asOfficer().when().get("/api/v1/catalogue")
                .then().statusCode(200)
                .body("version", equalTo("SKB2022-PP94-v1"))
                .body("effectiveFrom", equalTo("2022-09-22"))
                .body("violations", hasSize(20))
                .body("violations.find { it.code == 'D5' }.track", equalTo("DISMISSAL"))
                .body("employmentTypes.PPPK.discipline.SEDANG", contains("PPPK_CONTRACT_MEDIUM"))
                .body("employmentTypes.NON_ASN.contract", contains("CONTRACT_WRITTEN_WARNING", "CONTRACT_TERMINATION"))
                .body("sanctioningBodies.body", contains("KASN", "BKN"))
                .body("sanctioningBodies[1].from", equalTo("2024-08-24"));

        Callers.asOfficer().queryParam("on", "2021-01-01").when().get("/api/v1/catalogue")
                .then().statusCode(404).contentType("application/problem+json");
        Callers.asOfficer().queryParam("on", "kemarin").when().get("/api/v1/catalogue")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("on"));
    }

    @Test
    void theServiceIsReady() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }
}
