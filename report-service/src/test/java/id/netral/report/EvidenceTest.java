package id.netral.report;

import id.netral.infra.Callers;
import id.netral.infra.EmbeddedInfraResource;
import id.netral.kit.security.Roles;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** Evidence files: uploaded by the partner app that submitted the report, kept with their SHA-256, downloads audited. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "report"))
class EvidenceTest {
    private static final byte[] SCREENSHOT = "\u0089PNG tangkapan layar unggahan Gas pol".getBytes(StandardCharsets.UTF_8);

    @Test
    void aScreenshotIsStoredWithItsHashAndAVerifierDownloadsTheSameBytes() throws Exception {
        UUID id = SampleReports.submit(SampleReports.gasTaglinePost());
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(SCREENSHOT));

        String attachmentId = SampleReports.asPartner().contentType("image/png").header("X-Content-SHA256", sha256)
                .queryParam("fileName", "unggahan facebook.png").body(SCREENSHOT)
                .when().post("/api/v1/reports/{id}/attachments", id)
                .then().statusCode(201)
                .body("sha256", equalTo(sha256))
                .body("sizeBytes", equalTo(SCREENSHOT.length))
                .extract().path("id");

        SampleReports.asVerifier().when().get("/api/v1/reports/{id}/attachments", id)
                .then().statusCode(200).body("fileName", hasItem("unggahan facebook.png"));
        byte[] downloaded = SampleReports.asVerifier()
                .when().get("/api/v1/reports/{id}/attachments/{attachment}", id, attachmentId)
                .then().statusCode(200).contentType("image/png").header("X-Content-SHA256", sha256)
                .extract().asByteArray();
        assertThat(downloaded).isEqualTo(SCREENSHOT);
        SampleReports.as(Roles.AUDITOR).when().get("/api/v1/audit?recordId={id}", id)
                .then().body("action", hasItem("report.attachment.download"));
    }

    @Test
    void aFileOfAnotherTypeAWrongHashOrAnotherAppsReportIsRefusedAndNothingStored() {
        UUID id = SampleReports.submit(SampleReports.gasTaglinePost());

        SampleReports.asPartner().contentType("application/x-msdownload").queryParam("fileName", "bukti.exe")
                .body(SCREENSHOT).when().post("/api/v1/reports/{id}/attachments", id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Content-Type"));
        SampleReports.asPartner().contentType("image/png").header("X-Content-SHA256", "00".repeat(32))
                .queryParam("fileName", "a.png").body(SCREENSHOT).when().post("/api/v1/reports/{id}/attachments", id)
                .then().statusCode(400).body("errors[0].field", equalTo("X-Content-SHA256"));
        Callers.asPartnerApp("lapor-bridge").contentType("image/png")
                .queryParam("fileName", "a.png").body(SCREENSHOT).when().post("/api/v1/reports/{id}/attachments", id)
                .then().statusCode(404);
        SampleReports.asPartner().contentType("image/png").queryParam("fileName", "a.png").body(SCREENSHOT)
                .when().get("/api/v1/reports/{id}/attachments/{attachment}", id, UUID.randomUUID())
                .then().statusCode(403);

        SampleReports.asVerifier().when().get("/api/v1/reports/{id}/attachments", id)
                .then().statusCode(200).body("$", hasSize(0));
    }
}
