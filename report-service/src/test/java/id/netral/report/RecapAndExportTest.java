package id.netral.report;

import id.netral.infra.Callers;
import id.netral.infra.EmbeddedInfraResource;
import id.netral.kit.security.Roles;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;

/** The statistics Bawaslu and BKPPD report with, and the work list as a spreadsheet without the reporter. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "report"))
class RecapAndExportTest {
    /** An OPD of its own, so that other tests' cases do not count */
    private final String opd = "UJI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @Test
    void casesAreCountedByConfirmedKindElseSuspectedKindAndByStatus() {
        SampleReports.verify(submit("Yohanes Bria"), "D2");
        SampleReports.verify(submit("Markus Ndolu"), "D4");
        submit("Agustinus Tefa");
        submit("Petrus Lodo");

        recap("violationKind").then().statusCode(200)
                .body("key", contains("D2", "D4"))
                .body("count", contains(3, 1));
        recap("status").then().statusCode(200)
                .body("key", contains("REGISTERED", "VERIFIED"))
                .body("count", contains(2, 2));
        recap("opd").then().statusCode(200).body("key", contains(opd)).body("count", contains(4));
        recap("kind").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("by"));
        SampleReports.as(Roles.OPD_HEAD).queryParam("by", "status").when().get("/api/v1/reports/recap")
                .then().statusCode(403);
        // a partner app counts only the reports it submitted
        SampleReports.asPartner().queryParam("by", "status").queryParam("opdCode", opd)
                .when().get("/api/v1/reports/recap").then().statusCode(200).body("count", contains(2, 2));
        Callers.asPartnerApp("lapor-bridge")
                .queryParam("by", "status").queryParam("opdCode", opd)
                .when().get("/api/v1/reports/recap").then().statusCode(200).body("$", org.hamcrest.Matchers.empty());
    }

    @Test
    void theExportIsASpreadsheetOfTheCasesWithoutTheReporterAndWithoutFormulas() {
        UUID first = submit("=Bria, Yohanes \"Yo\"");
        UUID second = submit("Markus Ndolu");

        Response export = SampleReports.asVerifier().queryParam("opdCode", opd).when().get("/api/v1/reports/export");
        export.then().statusCode(200).contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=\"netral-reports.csv\"");
        List<String> lines = export.asString().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("id,status,submittedAt,electionId,kecamatanCode,kelurahanCode,accusedName,");
        assertThat(lines.get(1)).startsWith(first + ",REGISTERED,")
                .contains(",\"'=Bria, Yohanes \"\"Yo\"\"\",", "," + opd + ",");
        assertThat(lines.get(2)).startsWith(second + ",REGISTERED,").contains(",Markus Ndolu,");
        String trackingCode = SampleReports.asVerifier().when().get("/api/v1/reports/{id}", first).then()
                .extract().path("trackingCode");
        assertThat(export.asString()).doesNotContain(SampleReports.REPORTER_NAME, SampleReports.REPORTER_CONTACT,
                SampleReports.REPORTER_NIK, trackingCode);

        SampleReports.as(Roles.AUDITOR).when().get("/api/v1/audit")
                .then().statusCode(200).body("action", hasItem("report.exported"));
        SampleReports.asPartner().when().get("/api/v1/reports/export").then().statusCode(403);
        SampleReports.asVerifier().queryParam("from", "kemarin").when().get("/api/v1/reports/export")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private UUID submit(String accusedName) {
        Map<String, Object> body = SampleReports.gasTaglinePost();
        SampleReports.part(body, "accused").put("name", accusedName);
        SampleReports.part(body, "accused").put("opdCode", opd);
        return SampleReports.submit(body);
    }

    private Response recap(String by) {
        return SampleReports.asVerifier().queryParam("by", by).queryParam("opdCode", opd)
                .when().get("/api/v1/reports/recap");
    }
}
