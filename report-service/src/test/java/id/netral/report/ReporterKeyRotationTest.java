package id.netral.report;

import id.netral.events.access.Roles;
import id.netral.infra.EmbeddedInfraResource;
import id.netral.report.reporter.ReporterVault;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** An admin retires a reporter-encryption key: identities sealed under it are sealed again under the active key. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "report"))
class ReporterKeyRotationTest {
    private static final String[] FIELDS = {"name", "contact", "nik"};

    @Inject
    AgroalDataSource dataSource;

    @Test
    void identitiesUnderARetiringKeyAreSealedAgainUnderTheActiveOneAndStillOpen() throws SQLException {
        UUID report = SampleReports.submit(SampleReports.gasTaglinePost());
        sealUnderTheRetiringKey(report);
        SampleReports.as(Roles.ADMIN).when().get("/api/v1/admin/reporter-keys").then().statusCode(200)
                .body("activeKey", equalTo("dev"))
                .body("keys.find { it.keyId == 'retired' }.reports", greaterThanOrEqualTo(1));

        SampleReports.as(Roles.ADMIN).when().post("/api/v1/admin/reporter-keys/rotation").then().statusCode(200)
                .body("resealed", greaterThanOrEqualTo(1))
                .body("keys.keyId", not(hasItem("retired")));

        assertThat(keyOf(report)).isEqualTo("dev");
        SampleReports.asVerifier().when().get("/api/v1/reports/{id}/reporter", report).then().statusCode(200)
                .body("name", equalTo(SampleReports.REPORTER_NAME));
        SampleReports.as(Roles.ADMIN).when().post("/api/v1/admin/reporter-keys/rotation").then().statusCode(200)
                .body("resealed", equalTo(0));
        SampleReports.as(Roles.ADMIN).queryParam("recordId", "dev").when().get("/api/v1/audit")
                .then().statusCode(200).body("action", hasItem("reporter-keys.rotated"));
    }

    @Test
    void onlyAnAdminRotatesKeys() {
        SampleReports.asVerifier().when().post("/api/v1/admin/reporter-keys/rotation").then().statusCode(403)
                .contentType("application/problem+json");
        SampleReports.asVerifier().when().get("/api/v1/admin/reporter-keys").then().statusCode(403);
        SampleReports.asPartner().when().get("/api/v1/admin/reporter-keys").then().statusCode(403);
    }

    /** What the service held before the key "dev" became the active one: the identity sealed under "retired". */
    private void sealUnderTheRetiringKey(UUID report) throws SQLException {
        var keyring = ConfigProvider.getConfig().getValues("netral.reporter-encryption.keys", String.class);
        ReporterVault active = new ReporterVault(keyring, "dev");
        ReporterVault retiring = new ReporterVault(keyring, "retired");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement read = connection.prepareStatement(
                     "SELECT reporter_name, reporter_contact, reporter_nik FROM report WHERE id = ?");
             PreparedStatement write = connection.prepareStatement("UPDATE report SET reporter_name = ?, "
                     + "reporter_contact = ?, reporter_nik = ?, reporter_key_id = 'retired' WHERE id = ?")) {
            read.setObject(1, report);
            try (ResultSet row = read.executeQuery()) {
                assertThat(row.next()).isTrue();
                for (int i = 0; i < FIELDS.length; i++) {
                    String plain = active.open(row.getString(i + 1), "dev", report, FIELDS[i]);
                    write.setString(i + 1, retiring.seal(plain, report, FIELDS[i]));
                }
            }
            write.setObject(4, report);
            assertThat(write.executeUpdate()).isEqualTo(1);
        }
    }

    private String keyOf(UUID report) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement read = connection.prepareStatement("SELECT reporter_key_id FROM report WHERE id = ?")) {
            read.setObject(1, report);
            try (ResultSet row = read.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }
}
