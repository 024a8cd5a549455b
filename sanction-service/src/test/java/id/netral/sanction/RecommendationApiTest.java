package id.netral.sanction;

import id.netral.infra.Callers;
import id.netral.infra.EmbeddedInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

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

    @ParameterizedTest(name = "{0}={1}: {2}")
    @CsvSource({
            "reportId, kasus-123, must be a UUID",
            "employeeId, 1986, must be 18 digits (NIP or NI PPPK)",
            "status, SELESAI, 'must be one of [OPEN, MANUAL_REVIEW, DECIDED, OVERDUE]'",
            "overdue, ya, must be true or false",
            "page, -1, must be a whole number from 0 to 42949672",
            "page, 2147483647, must be a whole number from 0 to 42949672",
            "size, 500, must be a whole number from 1 to 200"})
    void aMalformedFilterIsAProblemNamingIt(String parameter, String value, String message) {
        Callers.asOfficer().queryParam(parameter, value).when().get("/api/v1/recommendations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(parameter))
                .body("errors[0].message", equalTo(message));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"electionId", "election", "opdCode", "opd"})
    void aControlCharacterInATextFilterIsABadRequestNotAServerError(String parameter) {
        // a NUL reached PostgreSQL as an invalid string and came back as a 500 (found by the fault run)
        String named = parameter.startsWith("election") ? "electionId" : "opdCode";
        Callers.asOfficer().urlEncodingEnabled(false).when().get("/api/v1/recommendations?" + parameter + "=%00")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(named));
    }

    @Test
    void theCatalogueInForceIsPublishedWithItsLocalRules() {
        Callers.asOfficer().when().get("/api/v1/catalogue")
                .then().statusCode(200)
                .body("version", equalTo("SKB2022-UU20-v2"))
                .body("effectiveFrom", equalTo("2023-10-31"))
                .body("asnFramework[0]", containsString("UU 20/2023"))
                .body("asnFramework[0]", containsString("Pasal 24 ayat (1) huruf d"))
                .body("violations", hasSize(20))
                .body("violations.find { it.code == 'D5' }.track", equalTo("DISMISSAL"))
                .body("violations.find { it.code == 'D13' }.decidedBy", equalTo("Satgas Netralitas ASN"))
                .body("violations.find { it.code == 'D9' }.counterpart", equalTo("D10"))
                .body("violations.find { it.code == 'E6' }.counterpart", equalTo("D4"))
                .body("employmentTypes.PPPK.discipline.SEDANG", contains("PPPK_CONTRACT_MEDIUM"))
                .body("employmentTypes.NON_ASN.contract", contains("CONTRACT_TERMINATION"))
                .body("employmentTypes.NON_ASN.contractByKind.E7",
                        contains("CONTRACT_WRITTEN_WARNING", "CONTRACT_TERMINATION"))
                .body("employmentTypes.NON_ASN.handledBy", containsString("PPK (Wali Kota Kupang)"))
                .body("sanctions.find { it.code == 'CONTRACT_TERMINATION' }.legalBasis",
                        not(hasItem(containsString("Pasal 66"))))
                .body("sanctioningBodies.body", contains("KASN", "BKN"))
                .body("sanctioningBodies[1].from", equalTo("2024-08-24"));
        Callers.asOfficer().queryParam("on", "2023-10-30").when().get("/api/v1/catalogue")
                .then().statusCode(200).body("version", equalTo("SKB2022-PP94-v1"))
                .body("effectiveFrom", equalTo("2022-09-22"));

        Callers.asOfficer().queryParam("on", "2021-01-01").when().get("/api/v1/catalogue")
                .then().statusCode(404).contentType("application/problem+json");
        Callers.asOfficer().queryParam("on", "kemarin").when().get("/api/v1/catalogue")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("on"));
    }

    @Test
    void aCatalogueVersionIsPublishedByItsNameAndAnUnknownOrMalformedOneIsRefused() {
        Callers.asOfficer().when().get("/api/v1/catalogue/versions/{version}", "SKB2022-PP94-v1")
                .then().statusCode(200).body("version", equalTo("SKB2022-PP94-v1"))
                .body("effectiveFrom", equalTo("2022-09-22"))
                .body("sanctions.code", hasItem("B1"));
        Callers.asOpdHead("DINSOS").when().get("/api/v1/catalogue/versions/{version}", "SKB2022-UU20-v2")
                .then().statusCode(200).body("version", equalTo("SKB2022-UU20-v2"));

        Callers.asOfficer().when().get("/api/v1/catalogue/versions/{version}", "SKB2022-PP94-v9")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("SKB2022-PP94-v9"));
        Callers.asOfficer().when().get("/api/v1/catalogue/versions/{version}", "SKB2022 PP94!")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("version"));
        Callers.asOfficer().when().get("/api/v1/catalogue/versions/{version}", "v".repeat(65))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("version"));
        given().when().get("/api/v1/catalogue/versions/{version}", "SKB2022-PP94-v1").then().statusCode(401);
    }

    @Test
    void theElectionCalendarIsPublishedWithTheDayCandidatesWereFixed() {
        Callers.asOpdHead("DINSOS").when().get("/api/v1/elections")
                .then().statusCode(200)
                .body("id", contains("PEMILU-2024", "PILKADA-2024"))
                .body("find { it.id == 'PILKADA-2024' }.contests.candidatesFixed", everyItem(equalTo("2024-09-22")))
                .body("find { it.id == 'PEMILU-2024' }.contests.find { it.id == 'DPRD-KOTA-KUPANG' }.candidatesFixed",
                        equalTo("2023-11-03"))
                .body("find { it.id == 'PEMILU-2024' }.contests.find { it.id == 'PRESIDEN' }.candidatesFixed",
                        equalTo("2023-11-13"))
                .body("find { it.id == 'PILKADA-2024' }.votingDay", equalTo("2024-11-27"))
                .body("find { it.id == 'PEMILU-2024' }.campaignStart", equalTo("2023-11-28"))
                .body("find { it.id == 'PEMILU-2024' }.votingDay", equalTo("2024-02-14"));
        given().when().get("/api/v1/elections").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void theOpenApiDocumentDescribesTheLifecycleWithExamples() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/recommendations/{id}/revisions'.post.requestBody.content."
                        + "'application/json'.examples", org.hamcrest.Matchers.hasKey("heavier sanction"))
                .body("paths.'/api/v1/recommendations/{id}/decision'.post.responses", org.hamcrest.Matchers.hasKey(
                        "409"))
                .body("paths.'/api/v1/recommendations'.get.parameters.name", org.hamcrest.Matchers.hasItems(
                        "opdCode", "employeeId", "status", "overdue", "electionId", "page", "size"))
                .body("paths.'/api/v1/recommendations'.get.parameters.findAll { it.deprecated }.name",
                        org.hamcrest.Matchers.containsInAnyOrder("opd", "election"))
                .body("paths.'/api/v1/recommendations/recap'.get.parameters.name", org.hamcrest.Matchers.hasItems(
                        "by", "opdCode", "electionId", "status", "overdue"));
    }

    @Test
    void theServiceIsReady() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }
}
