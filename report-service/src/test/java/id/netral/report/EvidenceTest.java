package id.netral.report;

import id.netral.events.access.Roles;
import id.netral.infra.Callers;
import id.netral.infra.EmbeddedInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/** Evidence files: uploaded by the partner app that submitted the report, kept with their SHA-256, downloads audited. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "report"))
class EvidenceTest {
    private static final byte[] SCREENSHOT = png(" tangkapan layar unggahan Gas pol");

    /** A file that starts as a PNG does, followed by {@code rest}. */
    static byte[] png(String rest) {
        byte[] text = rest.getBytes(StandardCharsets.UTF_8);
        byte[] file = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 8 + text.length);
        System.arraycopy(text, 0, file, 8, text.length);
        return file;
    }

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
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", startsWith("attachment;"))
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

    @Test
    void aFileWhoseBytesAreNotItsDeclaredTypeIsRefusedNamingContentType() {
        UUID id = SampleReports.submit(SampleReports.gasTaglinePost());

        SampleReports.asPartner().contentType("image/png").queryParam("fileName", "foto.png")
                .body("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/reports/{id}/attachments", id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Content-Type"));
        SampleReports.asPartner().contentType("image/jpeg").queryParam("fileName", "foto.jpg").body(SCREENSHOT)
                .when().post("/api/v1/reports/{id}/attachments", id)
                .then().statusCode(400).body("errors[0].field", equalTo("Content-Type"))
                .body("errors[0].message", containsString("image/png"));

        SampleReports.asVerifier().when().get("/api/v1/reports/{id}/attachments", id)
                .then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void aFileLargerThanAJsonBodyMayBeUploaded() {
        UUID id = SampleReports.submit(SampleReports.gasTaglinePost());

        SampleReports.asPartner().contentType("image/png").queryParam("fileName", "video-still.png")
                .body(png("x".repeat(600 * 1024)))
                .when().post("/api/v1/reports/{id}/attachments", id)
                .then().statusCode(201);
    }

    @Test
    void aReportHoldsAtMostTwentyFilesAndAnAppUploadsAtMostThirtyAMinute() {
        String app = "uploader-" + UUID.randomUUID();
        UUID full = submitAs(app);
        UUID other = submitAs(app);
        for (int i = 0; i < 20; i++) {
            upload(app, full, "foto-" + i + ".png").then().statusCode(201);
        }

        upload(app, full, "foto-21.png").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("20"));
        SampleReports.asVerifier().when().get("/api/v1/reports/{id}/attachments", full)
                .then().statusCode(200).body("$", hasSize(20));

        int status = 201;
        for (int i = 0; i < 40 && status == 201; i++) {
            status = upload(app, other, "lain-" + i + ".png").statusCode();
        }
        assertThat(status).as("an upload over the app's rate (30 a minute)").isEqualTo(429);
        upload(app, other, "lagi.png").then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue());
    }

    private static UUID submitAs(String app) {
        return UUID.fromString(Callers.asPartnerApp(app).contentType("application/json")
                .body(SampleReports.gasTaglinePost()).when().post("/api/v1/reports")
                .then().statusCode(201).extract().path("id"));
    }

    private static io.restassured.response.Response upload(String app, UUID reportId, String fileName) {
        return Callers.asPartnerApp(app).contentType("image/png").queryParam("fileName", fileName).body(SCREENSHOT)
                .when().post("/api/v1/reports/{id}/attachments", reportId);
    }
}
