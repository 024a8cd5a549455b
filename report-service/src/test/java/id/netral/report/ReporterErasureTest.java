package id.netral.report;

import id.netral.events.access.Roles;
import id.netral.infra.EmbeddedInfraResource;
import id.netral.report.reporter.ReporterErasure;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** Who reported a case is kept while the case may need them, and erased a configured time after it closed. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "report"))
class ReporterErasureTest {
    @Inject
    AgroalDataSource dataSource;
    @Inject
    ReporterErasure erasure;

    @Test
    void theReporterOfACaseClosedLongAgoIsErasedOnceAndOpenOrRecentCasesKeepTheirs() throws Exception {
        UUID closedLongAgo = notProven();
        UUID openLongAgo = SampleReports.submit(SampleReports.gasTaglinePost());
        UUID closedRecently = notProven();
        // six years pass for the first (erase-after is 1826 days), one for the open case (erase-stalled-after: 730)
        age(closedLongAgo, "6 years");
        age(openLongAgo, "1 year");

        assertThat(erasure.eraseDue()).contains(closedLongAgo).doesNotContain(openLongAgo, closedRecently);
        assertThat(erasure.eraseDue()).as("erased once").doesNotContain(closedLongAgo);

        assertThat(storedReporter(closedLongAgo)).containsOnlyNulls();
        assertThat(count("report_information", closedLongAgo)).as("answers").isZero();
        assertThat(count("report_attachment", closedLongAgo)).as("files").isZero();
        assertThat(count("report_evidence", closedLongAgo)).as("evidence links").isZero();
        assertThat(count("report_information", closedRecently)).isEqualTo(1);
        assertThat(count("report_attachment", closedRecently)).isEqualTo(1);
        assertThat(count("report_evidence", closedRecently)).isEqualTo(1);
        assertThat(storedReporter(openLongAgo)).doesNotContainNull();
        assertThat(storedReporter(closedRecently)).doesNotContainNull();
        SampleReports.asVerifier().when().get("/api/v1/reports/{id}/reporter", closedLongAgo)
                .then().statusCode(410).contentType("application/problem+json")
                .body("detail", containsString("erased"));
        SampleReports.asVerifier().when().get("/api/v1/reports/{id}/reporter", openLongAgo)
                .then().statusCode(200).body("name", equalTo(SampleReports.REPORTER_NAME));
        // the case itself stays
        SampleReports.asVerifier().when().get("/api/v1/reports/{id}", closedLongAgo)
                .then().statusCode(200).body("status", equalTo("NOT_PROVEN"))
                .body("reporterErasedAt", notNullValue());
        SampleReports.asVerifier().when().get("/api/v1/reports/{id}", openLongAgo)
                .then().statusCode(200).body("$", not(hasKey("reporterErasedAt")));
        SampleReports.as(Roles.AUDITOR).when().get("/api/v1/audit?recordId={id}", closedLongAgo)
                .then().statusCode(200)
                .body("action", hasItem("report.reporter-identity.erased"))
                .body("find { it.action == 'report.reporter-identity.erased' }.actor", equalTo("report-service"));
    }

    @Test
    void aCaseStuckLongerThanTheStalledLimitLosesItsReporterAnswersAndFilesOnce() throws Exception {
        UUID stalled = SampleReports.submit(SampleReports.gasTaglinePost());
        upload(stalled);
        age(stalled, "3 years");

        assertThat(erasure.eraseDue()).contains(stalled);
        assertThat(erasure.eraseDue()).as("erased once").doesNotContain(stalled);

        assertThat(storedReporter(stalled)).containsOnlyNulls();
        assertThat(count("report_attachment", stalled)).isZero();
        assertThat(count("report_evidence", stalled)).isZero();
        SampleReports.asVerifier().when().get("/api/v1/reports/{id}", stalled)
                .then().statusCode(200).body("status", equalTo("REGISTERED")).body("reporterErasedAt", notNullValue());
        SampleReports.as(Roles.AUDITOR).when().get("/api/v1/audit?recordId={id}", stalled)
                .then().body("findAll { it.action == 'report.reporter-identity.erased' }.size()", equalTo(1));
    }

    private void age(UUID id, String interval) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement age = connection.prepareStatement("UPDATE timeline_entry SET occurred_at = "
                     + "occurred_at - CAST(? AS interval) WHERE report_id = ?")) {
            age.setString(1, interval);
            age.setObject(2, id);
            assertThat(age.executeUpdate()).isPositive();
        }
    }

    private long count(String table, UUID id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT count(*) FROM " + table + " WHERE report_id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static void upload(UUID id) {
        SampleReports.asPartner().contentType("image/png").queryParam("fileName", "foto.png")
                .body(EvidenceTest.png(" foto dengan GPS")).when().post("/api/v1/reports/{id}/attachments", id)
                .then().statusCode(201);
    }

    /** A case the reporter answered a question on, with a file, that the verifier then found not proven. */
    private static UUID notProven() {
        UUID id = SampleReports.submit(SampleReports.gasTaglinePost());
        upload(id);
        SampleReports.asVerifier().contentType(ContentType.JSON)
                .body(Map.of("decision", "NEEDS_INFO", "note", "Kapan foto diambil?"))
                .when().post("/api/v1/reports/{id}/verification", id).then().statusCode(200);
        String code = SampleReports.asVerifier().when().get("/api/v1/reports/{id}", id).then().extract()
                .path("trackingCode");
        given().contentType(ContentType.JSON).body(Map.of("answer", "Pagi hari"))
                .when().post("/api/v1/tracking/{code}/information", code).then().statusCode(204);
        SampleReports.asVerifier().contentType(ContentType.JSON)
                .body(Map.of("decision", "NOT_PROVEN", "note", "Akun bukan milik terlapor"))
                .when().post("/api/v1/reports/{id}/verification", id)
                .then().statusCode(200).body("status", equalTo("NOT_PROVEN"));
        return id;
    }

    private String[] storedReporter(UUID id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT reporter_name, reporter_contact, reporter_nik FROM report WHERE id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return new String[] {row.getString(1), row.getString(2), row.getString(3)};
            }
        }
    }
}
