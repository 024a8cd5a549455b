package id.netral.report;

import id.netral.events.access.Roles;
import id.netral.infra.EmbeddedInfraResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Who may call what, and the reporter's identity kept hidden: every endpoint against every kind of token. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "report"))
class AccessControlTest {
    @Inject
    AgroalDataSource dataSource;

    @ParameterizedTest(name = "{0} {1} as {2}: {3}")
    @CsvSource({
            "POST, submit, none, 401",
            "POST, submit, expired, 401",
            "POST, submit, forged, 401",
            "POST, submit, partner-app, 201",
            "POST, submit, verifier, 403",
            "POST, submit, personnel-officer, 403",
            "POST, submit, ppk, 403",
            "POST, submit, opd-head, 403",
            "POST, submit, auditor, 403",
            "POST, submit, admin, 403",
            "GET, report, none, 401",
            "GET, report, expired, 401",
            "GET, report, partner-app, 200",
            "GET, report, other-partner-app, 404",
            "GET, report, verifier, 200",
            "GET, report, auditor, 200",
            "GET, report, personnel-officer, 403",
            "GET, report, ppk, 403",
            "GET, report, opd-head, 403",
            "GET, report, admin, 403",
            "GET, reporter, none, 401",
            "GET, reporter, verifier, 200",
            "GET, reporter, partner-app, 403",
            "GET, reporter, auditor, 403",
            "GET, reporter, opd-head, 403",
            "GET, reporter, admin, 403",
            "POST, verification, none, 401",
            "POST, verification, expired, 401",
            "POST, verification, verifier, 200",
            "POST, verification, partner-app, 403",
            "POST, verification, personnel-officer, 403",
            "POST, verification, ppk, 403",
            "POST, verification, opd-head, 403",
            "POST, verification, auditor, 403",
            "POST, verification, admin, 403",
            "GET, tracking, none, 200",
            "GET, audit, none, 401",
            "GET, audit, auditor, 200",
            "GET, audit, admin, 200",
            "GET, audit, verifier, 403",
            "GET, audit, partner-app, 403",
            "GET, recap, none, 401",
            "GET, recap, verifier, 200",
            "GET, recap, partner-app, 200",
            "GET, recap, personnel-officer, 200",
            "GET, recap, ppk, 200",
            "GET, recap, opd-head, 403",
            "GET, recap, admin, 403",
            "GET, export, none, 401",
            "GET, export, verifier, 200",
            "GET, export, auditor, 200",
            "GET, export, personnel-officer, 200",
            "GET, export, ppk, 403",
            "GET, export, partner-app, 403",
            "GET, export, opd-head, 403"})
    void everyEndpointAnswersEachKindOfCallerAsItShould(String method, String endpoint, String caller, int status) {
        UUID id = SampleReports.submit(SampleReports.gasTaglinePost());
        String trackingCode = SampleReports.asPartner().when().get("/api/v1/reports/{id}", id)
                .then().extract().path("trackingCode");
        RequestSpecification request = as(caller).contentType(ContentType.JSON);
        var response = switch (endpoint) {
            case "submit" -> request.body(SampleReports.gasTaglinePost()).when().post("/api/v1/reports");
            case "report" -> request.when().get("/api/v1/reports/{id}", id);
            case "reporter" -> request.when().get("/api/v1/reports/{id}/reporter", id);
            case "verification" -> request.body(Map.of("decision", "VERIFIED", "violationKind", "D2"))
                    .when().post("/api/v1/reports/{id}/verification", id);
            case "tracking" -> request.when().get("/api/v1/tracking/{code}", trackingCode);
            case "audit" -> request.when().get("/api/v1/audit");
            case "recap" -> request.queryParam("by", "status").when().get("/api/v1/reports/recap");
            case "export" -> request.when().get("/api/v1/reports/export");
            default -> throw new IllegalArgumentException(endpoint);
        };
        response.then().statusCode(status);
        if (status >= 400) {
            response.then().contentType("application/problem+json");
        }
        if (status == 401) {
            response.then().header("WWW-Authenticate", "Bearer");
        }
    }

    @Test
    void theReporterIsStoredAsCiphertextAndOnlyAVerifierReadsItWithAnAuditEntry() throws Exception {
        UUID id = SampleReports.submit(SampleReports.gasTaglinePost());

        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT reporter_name, reporter_contact, reporter_nik, reporter_key_id FROM report WHERE id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isNotBlank().doesNotContain("Maria").doesNotContain("Ndun");
                assertThat(row.getString(2)).isNotBlank().doesNotContain("maria.ndun");
                assertThat(row.getString(3)).isNotBlank().doesNotContain(SampleReports.REPORTER_NIK);
                assertThat(row.getString(4)).isEqualTo("dev");
            }
        }

        SampleReports.asVerifier().when().get("/api/v1/reports/{id}/reporter", id)
                .then().statusCode(200)
                .body("name", equalTo(SampleReports.REPORTER_NAME))
                .body("contact", equalTo(SampleReports.REPORTER_CONTACT))
                .body("nik", equalTo(SampleReports.REPORTER_NIK))
                .body("confidential", equalTo(false));

        SampleReports.as(Roles.AUDITOR).when().get("/api/v1/audit?recordId={id}", id)
                .then().statusCode(200)
                .body("action", hasItem("report.reporter-identity.read"))
                .body("find { it.action == 'report.reporter-identity.read' }.actor", equalTo("verifier-user"))
                .body("find { it.action == 'report.submit' }.clientId", equalTo(SampleReports.PARTNER_APP));
    }

    @Test
    void theAuditLogCannotBeChangedOrEmptied() throws Exception {
        SampleReports.submit(SampleReports.gasTaglinePost());
        try (Connection connection = dataSource.getConnection()) {
            assertThatThrownBy(() -> connection.createStatement().executeUpdate("UPDATE audit_entry SET actor = 'x'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> connection.createStatement().executeUpdate("DELETE FROM audit_entry"))
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void aConfidentialReporterIsOpenedOnlyByTheAssignedVerifierAndEveryAttemptIsAudited() {
        Map<String, Object> body = SampleReports.gasTaglinePost();
        SampleReports.part(body, "reporter").put("confidential", true);
        UUID id = SampleReports.submit(body);

        SampleReports.asVerifier().when().get("/api/v1/reports/{id}/reporter", id)
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("confidentiality"));
        SampleReports.asVerifier().contentType(ContentType.JSON).body(Map.of("verifier", "verifikator-lain"))
                .when().post("/api/v1/reports/{id}/assignment", id).then().statusCode(200);
        SampleReports.asVerifier().when().get("/api/v1/reports/{id}/reporter", id).then().statusCode(403);
        SampleReports.asVerifier().contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/reports/{id}/assignment", id).then().statusCode(200);
        SampleReports.asVerifier().when().get("/api/v1/reports/{id}/reporter", id)
                .then().statusCode(200).body("name", equalTo(SampleReports.REPORTER_NAME))
                .body("confidential", equalTo(true));

        SampleReports.as(Roles.AUDITOR).when().get("/api/v1/audit?recordId={id}", id)
                .then().statusCode(200)
                .body("findAll { it.action == 'report.reporter-identity.refused' }.size()", equalTo(2))
                .body("findAll { it.action == 'report.reporter-identity.read' }.size()", equalTo(1));
    }

    @Test
    void aPartnerAppReadsStatusAndStepsButNotTheDisciplineFile() {
        UUID id = SampleReports.submit(SampleReports.gasTaglinePost());
        SampleReports.asVerifier().contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/reports/{id}/assignment", id).then().statusCode(200);
        SampleReports.asVerifier().contentType(ContentType.JSON)
                .body(Map.of("decision", "NOT_PROVEN", "note", "Catatan internal: akun dipalsukan"))
                .when().post("/api/v1/reports/{id}/verification", id).then().statusCode(200);

        SampleReports.asPartner().when().get("/api/v1/reports/{id}", id)
                .then().statusCode(200)
                .body("status", equalTo("NOT_PROVEN"))
                .body("timeline.step", hasItems("SUBMITTED", "ASSIGNED", "NOT_PROVEN"))
                .body("timeline.label", hasItem("Laporan tidak terbukti"))
                .body("timeline[0]", not(hasKey("by")))
                .body("decision", not(hasKey("note")))
                .body("decision", not(hasKey("decidedBy")))
                .body("verification.assignedTo", nullValue())
                .body(not(containsString("verifier-user")))
                .body(not(containsString("Catatan internal")));
        SampleReports.asPartner().queryParam("size", 100).when().get("/api/v1/reports")
                .then().statusCode(200).body(not(containsString("verifier-user")));
        SampleReports.asVerifier().when().get("/api/v1/reports/{id}", id)
                .then().body("decision.note", equalTo("Catatan internal: akun dipalsukan"))
                .body("timeline.by", hasItem("verifier-user"));
    }

    @Test
    void aPartnerAppsIdempotencyKeysAreItsOwn() {
        String key = UUID.randomUUID().toString();
        String first = SampleReports.asPartner().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(SampleReports.gasTaglinePost()).when().post("/api/v1/reports")
                .then().statusCode(201).extract().path("id");
        String other = as("other-partner-app").header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(SampleReports.gasTaglinePost()).when().post("/api/v1/reports")
                .then().statusCode(201).header("Idempotent-Replayed", "false").extract().path("id");
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void trackingLookupsFromOneAddressAreLimited() {
        String address = "203.0.113." + (int) (Math.random() * 200 + 1);
        int answeredBeforeLimit = 0;
        io.restassured.response.Response limited = null;
        for (int i = 0; i < 60 && limited == null; i++) {
            var response = given().header("X-Forwarded-For", address)
                    .when().get("/api/v1/tracking/{code}", "ZZZZ-ZZZZ-ZZZZ");
            if (response.statusCode() == 429) {
                limited = response;
            } else {
                assertThat(response.statusCode()).isEqualTo(404);
                answeredBeforeLimit++;
            }
        }
        assertThat(answeredBeforeLimit).as("lookups answered before the limit (30 a minute)").isGreaterThanOrEqualTo(30);
        assertThat(limited).as("a lookup over the limit").isNotNull();
        limited.then().contentType("application/problem+json");
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 2);
        given().header("X-Forwarded-For", "198.51.100.7").when().get("/api/v1/tracking/{code}", "ZZZZ-ZZZZ-ZZZZ")
                .then().statusCode(404);
    }

    @Test
    void anOversizedBodyIsRefusedBeforeAnythingIsRead() {
        Map<String, Object> body = SampleReports.gasTaglinePost();
        SampleReports.part(body, "incident").put("description", "x".repeat(11 * 1024 * 1024));
        long before = ReportSubmissionTest.reportCount();
        try {
            SampleReports.asPartner().contentType(ContentType.JSON).body(body).when().post("/api/v1/reports")
                    .then().statusCode(413);
        } catch (Exception refusedWhileSending) {
            // the server may answer 413 and close the connection before the client has written the whole body
            assertThat(refusedWhileSending).satisfiesAnyOf(
                    e -> assertThat(e).isInstanceOf(java.net.SocketException.class),
                    e -> assertThat(e).hasRootCauseInstanceOf(java.net.SocketException.class));
        }
        assertThat(ReportSubmissionTest.reportCount()).isEqualTo(before);
    }

    private static RequestSpecification as(String caller) {
        String token = EmbeddedInfraResource.tokens().tokenFor(caller);
        return token == null ? given() : given().auth().oauth2(token);
    }
}
