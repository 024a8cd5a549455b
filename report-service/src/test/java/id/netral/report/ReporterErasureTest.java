package id.netral.report;

import id.netral.infra.EmbeddedInfraResource;
import id.netral.kit.security.Roles;
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
        // six years pass for the first two (erase-after is 1826 days)
        try (Connection connection = dataSource.getConnection();
             PreparedStatement age = connection.prepareStatement("UPDATE timeline_entry SET occurred_at = "
                     + "occurred_at - interval '6 years' WHERE report_id IN (?, ?)")) {
            age.setObject(1, closedLongAgo);
            age.setObject(2, openLongAgo);
            assertThat(age.executeUpdate()).isPositive();
        }

        assertThat(erasure.eraseDue()).contains(closedLongAgo).doesNotContain(openLongAgo, closedRecently);
        assertThat(erasure.eraseDue()).as("erased once").doesNotContain(closedLongAgo);

        assertThat(storedReporter(closedLongAgo)).containsOnlyNulls();
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

    private static UUID notProven() {
        UUID id = SampleReports.submit(SampleReports.gasTaglinePost());
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
