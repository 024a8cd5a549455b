package id.netral.report;

import id.netral.events.access.Roles;
import id.netral.infra.Callers;
import id.netral.infra.EmbeddedInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Every list of the service pages the one way (the kit's PageParameters and Page): page, size, X-Total-Count. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "report"))
class ListPagingTest {

    /** A partner app sees only the reports it submitted: a fresh one makes the totals known. */
    @Test
    void theWorkListHonoursPageAndSizeAndCountsEveryMatchInTheHeader() {
        String partner = "paging-" + UUID.randomUUID();
        List<String> submitted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            submitted.add(Callers.asPartnerApp(partner).contentType(ContentType.JSON)
                    .body(SampleReports.gasTaglinePost()).when().post("/api/v1/reports")
                    .then().statusCode(201).extract().path("id"));
        }

        ExtractableResponse<Response> first = Callers.asPartnerApp(partner).queryParam("size", 2)
                .when().get("/api/v1/reports").then().statusCode(200)
                .header("X-Total-Count", "3").body("total", equalTo(3)).body("page", equalTo(0))
                .body("size", equalTo(2)).body("items.size()", equalTo(2)).extract();
        ExtractableResponse<Response> second = Callers.asPartnerApp(partner).queryParam("size", 2)
                .queryParam("page", 1).when().get("/api/v1/reports").then().statusCode(200)
                .header("X-Total-Count", "3").body("page", equalTo(1)).body("items.size()", equalTo(1)).extract();
        List<String> seen = new ArrayList<>(first.jsonPath().getList("items.id"));
        seen.addAll(second.jsonPath().getList("items.id"));
        assertThat(seen).containsExactlyInAnyOrderElementsOf(submitted);
        Callers.asPartnerApp(partner).queryParam("page", 2).queryParam("size", 2).when().get("/api/v1/reports")
                .then().statusCode(200).header("X-Total-Count", "3").body("items.size()", equalTo(0));
    }

    /** The fault: size=200 answered 400 with no limit declared; 200 is the declared maximum. */
    @Test
    void theLargestDeclaredPageIsAnswered() {
        SampleReports.asVerifier().queryParam("size", 200).when().get("/api/v1/reports").then().statusCode(200)
                .body("size", equalTo(200));
        SampleReports.as(Roles.AUDITOR).queryParam("size", 200).when().get("/api/v1/audit/page").then()
                .statusCode(200).body("size", equalTo(200));
    }

    @Test
    void aReportsFilesPageAtATime() {
        UUID report = SampleReports.submit(SampleReports.gasTaglinePost());
        for (int i = 0; i < 3; i++) {
            SampleReports.asPartner().contentType("image/png").queryParam("fileName", "bukti-" + i + ".png")
                    .body(EvidenceTest.png(" tangkapan layar " + i)).when()
                    .post("/api/v1/reports/{id}/attachments", report).then().statusCode(201);
        }
        SampleReports.asVerifier().queryParam("size", 2).when().get("/api/v1/reports/{id}/attachments/page", report)
                .then().statusCode(200).header("X-Total-Count", "3").body("total", equalTo(3))
                .body("items.size()", equalTo(2));
        SampleReports.asVerifier().queryParam("size", 2).queryParam("page", 1)
                .when().get("/api/v1/reports/{id}/attachments/page", report)
                .then().statusCode(200).body("items.size()", equalTo(1));
        // the deprecated bare array still answers for clients written before the page shape
        SampleReports.asVerifier().when().get("/api/v1/reports/{id}/attachments", report)
                .then().statusCode(200).body("size()", equalTo(3));
    }

    @ParameterizedTest
    @CsvSource({"/api/v1/reports, size=201, size", "/api/v1/reports, page=-1, page",
            "/api/v1/audit/page, size=201, size", "/api/v1/audit/page, page=-1, page",
            "/api/v1/audit, size=201, size", "/api/v1/admin/dead-letters, page=-1, page"})
    void aPageOrSizeOutOfRangeIsA400ProblemNamingIt(String list, String query, String field) {
        given().auth().oauth2(token(list)).when().get(list + "?" + query)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://netral.id/problems/invalid-request"))
                .body("errors[0].field", equalTo(field));
    }

    @Test
    void anAttachmentPageOutOfRangeIsA400() {
        UUID report = SampleReports.submit(SampleReports.gasTaglinePost());
        SampleReports.asVerifier().queryParam("size", 201).when().get("/api/v1/reports/{id}/attachments/page", report)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));
    }

    /** The work list is the verifiers', the audit log the auditors', the dead letters the admins'. */
    private static String token(String list) {
        String role = list.startsWith("/api/v1/reports") ? Roles.VERIFIER
                : list.startsWith("/api/v1/audit") ? Roles.AUDITOR : Roles.ADMIN;
        return EmbeddedInfraResource.tokens().token(role);
    }
}
